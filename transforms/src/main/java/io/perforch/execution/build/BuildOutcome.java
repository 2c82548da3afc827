package io.perforch.execution.build;

import java.nio.file.Path;

/**
 * The result of building a program: where its artefacts are, or why it did not compile.
 *
 * @param artefacts folder holding what the run needs (read-only, shared); null when the build failed
 * @param diagnostics compiler output (warnings, or the errors that failed the build)
 * @param millis time spent compiling; 0 when served from the cache
 * @param cached whether the artefacts came from the build cache
 * @param failure how the build failed: null on success
 */
public record BuildOutcome(Path artefacts, String diagnostics, long millis, boolean cached, Failure failure) {

  /** Why a build produced no artefacts. */
  public enum Failure {
    /** The compiler rejected the program: the program's fault. */
    COMPILE_ERROR,
    /** The compiler was killed by a limit: a pathological program (template bombs and the like). */
    COMPILE_LIMIT,
    /** The sandbox or the cache failed: not the program's fault. */
    INFRASTRUCTURE
  }

  public static BuildOutcome success(Path artefacts, String diagnostics, long millis, boolean cached) {
    return new BuildOutcome(artefacts, diagnostics, millis, cached, null);
  }

  public static BuildOutcome failed(Failure failure, String diagnostics, long millis, boolean cached) {
    return new BuildOutcome(null, diagnostics, millis, cached, failure);
  }

  public boolean succeeded() {
    return failure == null;
  }
}
