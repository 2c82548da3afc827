package io.perforch.cli;

import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.languages.Assembly;
import io.perforch.stats.SpeedupRule;
import io.perforch.transforms.candidates.JudgeSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that execute programs: the sandbox's, and how results are taken. */
final class ExecutionOptions {
  @Mixin SandboxOptions sandbox;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Measurement mode: a warm-up run, then N measured runs; the median is reported. "
          + "In profile it applies to generate and fix candidates; refine measures with --measure-repeats.")
  int repeats;

  @Option(names = "--no-cache", description = "Execute everything again instead of reusing cached results. "
      + "In profile the candidates already in the run directory are judged again too (model answers still "
      + "come from the response store).")
  boolean noCache;

  @Option(names = "--assembly", paramLabel = "MODE", defaultValue = "upstream",
      description = "How test programs are put together: upstream (default): exactly as HumanEval-X's own "
          + "harness does, so pass rates compare with published ones; lenient: PerfOrch's forgiving prelude "
          + "(more includes, repaired Go imports), not comparable.")
  String assembly;

  /** The assembly mode asked for; a clear error for an unknown one. */
  Assembly assembly() {
    try {
      return Assembly.of(assembly);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--assembly: " + e.getMessage(), e);
    }
  }

  ExecutionSettings settings() {
    return sandbox.settings().withRepeats(repeats).withReuseResults(!noCache).withAssembly(assembly());
  }

  /**
   * The same settings for a pipeline's workers, whose refinements are measured {@code measureRepeats} times
   * and compared by {@code rule}.
   */
  JudgeSettings judgeSettings(int measureRepeats, SpeedupRule rule) {
    return JudgeSettings.of(sandbox.mode, settings(), measureRepeats, rule);
  }
}
