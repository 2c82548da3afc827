package io.perforch.execution.stdio;

import io.perforch.execution.sandbox.Sandbox;
import io.perforch.execution.sandbox.SandboxLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides which test cases a program's outputs pass. Outputs are added one case at a time, as the cases
 * run, and judged together by {@link #finish()}: with the problem's evaluator, one sandboxed Python
 * process for the whole batch ({@link EvaluatorRunner}), or, when the problem has none, by exact
 * comparison. Both strings are cleaned with {@link OutputCleaner} first, as upstream does.
 */
public abstract class OutputChecker implements AutoCloseable {

  /**
   * What the checker decided.
   *
   * @param passed one entry per added case, in order; empty when {@code error} is set
   * @param error why the outputs could not be judged (the evaluator does not load or its run failed);
   *     empty when they were
   */
  public record Outcome(List<Boolean> passed, String error) {
    public Outcome {
      passed = List.copyOf(passed);
      Objects.requireNonNull(error, "error");
    }

    public static Outcome judged(List<Boolean> passed) {
      return new Outcome(passed, "");
    }

    public static Outcome failed(String error) {
      return new Outcome(List.of(), error);
    }

    public boolean judged() {
      return error.isEmpty();
    }
  }

  /**
   * @param evaluatorSource the problem's Python evaluator; null or blank for exact comparison
   * @param sandbox where the evaluator runs
   * @param runLimits the settings' run limits, from which the evaluator run's are derived
   */
  public static OutputChecker create(String evaluatorSource, Sandbox sandbox, SandboxLimits runLimits) {
    if (evaluatorSource == null || evaluatorSource.isBlank()) {
      return new Exact();
    }
    return new EvaluatorRunner.Batch(evaluatorSource, new EvaluatorRunner(sandbox, runLimits));
  }

  /** Adds the next case: its expected output and what the program printed, both as they are. */
  public final void add(String expected, String actual) {
    accept(OutputCleaner.clean(expected), OutputCleaner.clean(actual));
  }

  protected abstract void accept(String cleanedExpected, String cleanedActual);

  /** Judges every case added so far. */
  public abstract Outcome finish();

  /** Releases temporary files; never throws. */
  @Override
  public void close() {}

  /** No evaluator: the cleaned strings must be equal. */
  private static final class Exact extends OutputChecker {
    private final List<Boolean> passed = new ArrayList<>();

    @Override
    protected void accept(String cleanedExpected, String cleanedActual) {
      passed.add(cleanedExpected.equals(cleanedActual));
    }

    @Override
    public Outcome finish() {
      return Outcome.judged(passed);
    }
  }
}
