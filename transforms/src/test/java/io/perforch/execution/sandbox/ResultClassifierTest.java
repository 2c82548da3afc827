package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultClassifierTest {

  private static final long MIB = 1024L * 1024L;
  private static final SandboxLimits LIMITS =
      SandboxLimits.builder().addressSpaceBytes(256 * MIB).cpuTime(Duration.ofSeconds(1)).build();

  private static SupervisorReport report(int exit, int signal, String killedBy, long peakVm, long cpuNanos) {
    return new SupervisorReport(exit, signal, killedBy, 2_000_000_000L, cpuNanos, 0, 1000,
        10 * MIB, 5 * MIB, peakVm, 1, 10, "");
  }

  private static RunStatus classify(SupervisorReport report, String stderr) {
    return classify(Optional.of(report), stderr, false, false);
  }

  private static RunStatus classify(
      Optional<SupervisorReport> report, String stderr, boolean outputHit, boolean guard) {
    SupervisedExecution.Outcome outcome =
        new SupervisedExecution.Outcome(report, 0, "", stderr, outputHit, guard, false, 1);
    return ResultClassifier.classify(outcome, LIMITS).status();
  }

  @Test
  void cleanAndFailingExits() {
    assertThat(classify(report(0, 0, "none", 0, 0), "")).isEqualTo(RunStatus.EXITED);
    assertThat(classify(report(1, 0, "none", 10 * MIB, 0), "ValueError")).isEqualTo(RunStatus.EXITED);
    assertThat(classify(report(-1, 11, "none", 10 * MIB, 0), "")).isEqualTo(RunStatus.SIGNALED);
  }

  @Test
  void supervisorKills() {
    assertThat(classify(report(-1, 9, "wall", 0, 0), "")).isEqualTo(RunStatus.TIMEOUT);
    assertThat(classify(report(-1, 9, "cpu", 0, 0), "")).isEqualTo(RunStatus.TIMEOUT);
    assertThat(classify(report(-1, 9, "memory", 0, 0), "")).isEqualTo(RunStatus.MEMORY_LIMIT);
  }

  @Test
  void rlimitSignals() {
    assertThat(classify(report(-1, ResultClassifier.SIGXCPU, "none", 0, 0), "")).isEqualTo(RunStatus.TIMEOUT);
    assertThat(classify(report(-1, 9, "none", 0, 1_000_000_000L), "")).isEqualTo(RunStatus.TIMEOUT);
    assertThat(classify(report(-1, ResultClassifier.SIGXFSZ, "none", 0, 0), "")).isEqualTo(RunStatus.OUTPUT_LIMIT);
    assertThat(classify(report(1, 0, "none", 0, 0), "OSError: [Errno 27] File too large"))
        .isEqualTo(RunStatus.OUTPUT_LIMIT);
  }

  @Test
  void memoryHeuristic() {
    // Address space at the limit, whatever the runtime printed.
    assertThat(classify(report(-1, 6, "none", 250 * MIB, 0), "")).isEqualTo(RunStatus.MEMORY_LIMIT);
    // One huge request refused at once: only the message tells.
    assertThat(classify(report(1, 0, "none", 20 * MIB, 0), "MemoryError")).isEqualTo(RunStatus.MEMORY_LIMIT);
    assertThat(classify(report(-1, 6, "none", 20 * MIB, 0), "terminate called after throwing an instance of 'std::bad_alloc'"))
        .isEqualTo(RunStatus.MEMORY_LIMIT);
    // A clean exit is never a memory failure, and a small stack overflow stays a crash.
    assertThat(classify(report(0, 0, "none", 250 * MIB, 0), "MemoryError")).isEqualTo(RunStatus.EXITED);
    assertThat(classify(report(-1, 11, "none", 20 * MIB, 0), "")).isEqualTo(RunStatus.SIGNALED);
  }

  @Test
  void javaSideVerdictsComeFirst() {
    assertThat(classify(Optional.empty(), "", true, false)).isEqualTo(RunStatus.OUTPUT_LIMIT);
    assertThat(classify(Optional.empty(), "", false, true)).isEqualTo(RunStatus.TIMEOUT);
    assertThat(classify(Optional.empty(), "bwrap: Can't mount proc", false, false))
        .isEqualTo(RunStatus.SANDBOX_ERROR);
  }

  @Test
  void supervisorErrorIsASandboxError() {
    SupervisorReport failed =
        new SupervisorReport(127, 0, "none", 1, 0, 0, 0, 0, 0, 0, 0, 1, "exec failed for x: No such file");
    assertThat(classify(failed, "")).isEqualTo(RunStatus.SANDBOX_ERROR);
  }
}
