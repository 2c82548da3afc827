package io.perforch.orchestration;

import io.perforch.orchestration.model.StepOrigin;
import io.perforch.profiling.model.Candidate;
import java.util.Optional;

/**
 * What one loop has spent on one task: model steps, tokens and dollars. A reused step counts as if it
 * were asked, since the loop alone would have had to make it; a step a replay lacks costs nothing.
 */
final class Budget {
  private final LoopSettings settings;
  private int calls;
  private int askedCalls;
  private int missingSteps;
  private long inputTokens;
  private long outputTokens;
  private double costUsd;

  Budget(LoopSettings settings) {
    this.settings = settings;
  }

  /** Why no further step may be made, if the limits are reached. */
  Optional<String> exhausted() {
    if (settings.maxCalls() > 0 && calls >= settings.maxCalls()) {
      return Optional.of("budget: " + calls + " model calls (--max-calls " + settings.maxCalls() + ")");
    }
    if (settings.maxCostUsd() > 0 && costUsd >= settings.maxCostUsd()) {
      return Optional.of(String.format(java.util.Locale.ROOT, "budget: $%.4f spent (--max-cost %s)", costUsd,
          settings.maxCostUsd()));
    }
    return Optional.empty();
  }

  void spend(StepMaker.Step step) {
    if (step.origin() == StepOrigin.NOT_AVAILABLE) {
      missingSteps++;
      return;
    }
    Candidate candidate = step.candidate();
    calls++;
    askedCalls += step.origin() == StepOrigin.ASKED ? 1 : 0;
    inputTokens += candidate.getInputTokens();
    outputTokens += candidate.getOutputTokens();
    costUsd += candidate.getCostUsd();
  }

  int calls() {
    return calls;
  }

  int askedCalls() {
    return askedCalls;
  }

  int missingSteps() {
    return missingSteps;
  }

  long inputTokens() {
    return inputTokens;
  }

  long outputTokens() {
    return outputTokens;
  }

  double costUsd() {
    return costUsd;
  }
}
