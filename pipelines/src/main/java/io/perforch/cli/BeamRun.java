package io.perforch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Duration;

/**
 * Runs a pipeline built by a command on the runner its Beam options name (the DirectRunner by default)
 * and waits for it. On the DirectRunner the run is polled, so a progress line of PerfOrch's counters
 * shows on the console while it works.
 */
final class BeamRun {
  /** The metrics namespace of PerfOrch's counters. */
  static final String NAMESPACE = "perforch";
  private static final long POLL_MILLIS = 5_000;

  private final String runner;
  private final PipelineResult result;
  private final long millis;

  private BeamRun(String runner, PipelineResult result, long millis) {
    this.runner = runner;
    this.result = result;
    this.millis = millis;
  }

  /** Builds the pipeline with {@code build} and runs it to the end; Beam option errors are usage errors. */
  static BeamRun start(List<String> beamArgs, Consumer<Pipeline> build, PrintWriter err) {
    PipelineOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new)).withValidation().create();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Beam options " + beamArgs + ": " + e.getMessage(), e);
    }
    boolean direct = options.getRunner().equals(DirectRunner.class);
    if (direct) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    Pipeline pipeline = Pipeline.create(options);
    build.accept(pipeline);
    long start = System.nanoTime();
    PipelineResult result = pipeline.run();
    if (direct) {
      while (result.waitUntilFinish(Duration.millis(POLL_MILLIS)) == null) {
        err.println("  " + progress(counters(result)) + String.format(Locale.ROOT, ", %.0f s",
            (System.nanoTime() - start) / 1e9));
        err.flush();
      }
    } else {
      result.waitUntilFinish();
    }
    if (result.getState() != PipelineResult.State.DONE) {
      throw new UserFacingException("the pipeline ended " + result.getState());
    }
    return new BeamRun(options.getRunner().getSimpleName(), result, (System.nanoTime() - start) / 1_000_000);
  }

  String runner() {
    return runner;
  }

  long millis() {
    return millis;
  }

  /** PerfOrch's counters, summed over the steps that count them. */
  Map<String, Long> counters() {
    return counters(result);
  }

  String summary() {
    return String.format(Locale.ROOT, "Finished on the %s in %.1f s: %s", runner, millis / 1000.0, progress(counters()));
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> totals = new TreeMap<>();
    try {
      for (MetricResult<Long> counter : result.metrics()
          .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(NAMESPACE)).build())
          .getCounters()) {
        Long value = counter.getAttempted();
        totals.merge(counter.getName().getName(), value == null ? 0 : value, Long::sum);
      }
    } catch (UnsupportedOperationException e) {
      // a runner without metrics: no progress to show
    }
    return totals;
  }

  /** "120 candidates made, 30 reused, 2 provider errors; PASSED 80, FAILED 30, COMPILE_ERROR 10". */
  static String progress(Map<String, Long> counters) {
    StringBuilder line = new StringBuilder();
    if (counters.containsKey("tasks_orchestrated")) {
      return line.append(counters.get("tasks_orchestrated")).append(" tasks orchestrated (")
          .append(counters.getOrDefault("tasks_solved_by_orchestrator", 0L)).append(" solved by the orchestrator); steps: ")
          .append(counters.getOrDefault("steps_asked", 0L)).append(" asked, ")
          .append(counters.getOrDefault("steps_from_profile", 0L)).append(" from the profile, ")
          .append(counters.getOrDefault("steps_missing", 0L)).append(" missing from the replay").toString();
    }
    line.append(counters.getOrDefault("candidates_made", 0L)).append(" candidates made, ")
        .append(counters.getOrDefault("candidates_reused", 0L)).append(" reused, ")
        .append(counters.getOrDefault("responses_from_store", 0L)).append(" answers from the store, ")
        .append(counters.getOrDefault("executions_from_cache", 0L)).append(" runs from the cache, ")
        .append(counters.getOrDefault("provider_errors", 0L)).append(" provider errors, ")
        .append(counters.getOrDefault("refine_inputs_measured", 0L)).append(" programs measured for refine");
    StringBuilder verdicts = new StringBuilder();
    counters.forEach((name, value) -> {
      if (name.startsWith("verdict_") && value > 0) {
        verdicts.append(verdicts.length() == 0 ? "; " : ", ").append(name.substring("verdict_".length()))
            .append(' ').append(value);
      }
    });
    return line.append(verdicts).toString();
  }
}
