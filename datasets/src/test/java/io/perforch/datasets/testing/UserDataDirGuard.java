package io.perforch.datasets.testing;

import io.perforch.datasets.catalog.DatasetCatalog;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test class, before it runs, when fetched datasets would default to the user's folder
 * (see {@link UserFolders}). Registered for every module's tests through META-INF/services and JUnit's
 * extension auto-detection, which the parent pom turns on.
 */
public final class UserDataDirGuard implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    UserFolders.requireOutside("dataset folder", DatasetCatalog.defaultLocation("any").getParent(),
        DatasetCatalog.DATA_DIR_ENV);
  }
}
