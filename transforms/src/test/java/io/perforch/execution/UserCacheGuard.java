package io.perforch.execution;

import io.perforch.datasets.testing.UserFolders;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test class, before it runs, when the execution cache would default to the user's (see
 * {@link UserFolders}). Every default goes through {@link CacheDirs#root()}: the result and build cache
 * of {@link ExecutionSettings#defaults} and of the CLI, the dependency caches and the sandbox supervisor.
 * Registered for this module's and the CLI's tests through META-INF/services and JUnit's extension
 * auto-detection, which the parent pom turns on.
 */
public final class UserCacheGuard implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    UserFolders.requireOutside("execution cache", CacheDirs.root(), "PERFORCH_CACHE");
  }
}
