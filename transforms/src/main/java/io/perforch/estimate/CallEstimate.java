package io.perforch.estimate;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.models.ChatMessage;
import io.perforch.models.ModelSpec;
import io.perforch.models.Stage;
import io.perforch.models.TokenUsage;
import io.perforch.models.prompts.StagePrompts;
import java.util.List;

/**
 * How many model calls, and roughly what cost, a run needs, before any is made. Generate calls are
 * exact; fix and refine calls depend on how many programs fail and pass, so they come as a maximum and
 * as the count expected at an assumed pass rate. Tokens are estimated from the prompts themselves (about
 * four characters a token) and from the size of the problem's reference solution for the answer.
 */
public final class CallEstimate {
  /** Calls and dollars for one model, or for a whole run. */
  public record Line(String model, long generate, long fixExpected, long fixMax, long refineExpected,
      long refineMax, double costExpected, double costMax) {
    public long callsExpected() {
      return generate + fixExpected + refineExpected;
    }

    public long callsMax() {
      return generate + fixMax + refineMax;
    }
  }

  private static final int CHARS_PER_TOKEN = 4;
  private static final int FAILURE_OUTPUT_TOKENS = 100;

  private final StagePrompts prompts = new StagePrompts();

  /**
   * A profiling run: every problem × model × sample generated; every failing generated program fixed by
   * every model; every passing program (generated or fixed) refined by every model.
   *
   * @param passRate the share of programs assumed to pass, for the expected counts
   */
  public List<Line> profile(List<Problem> problems, List<ModelSpec> models, List<Stage> stages, int samples,
      double passRate) {
    long generatedPerModel = (long) problems.size() * samples;
    long generated = generatedPerModel * models.size();
    boolean fix = stages.contains(Stage.FIX);
    boolean refine = stages.contains(Stage.REFINE);
    long fixMax = fix ? generated : 0;
    long fixExpected = fix ? Math.round(generated * (1 - passRate)) : 0;
    long refineMax = refine ? generated + fixMax * models.size() : 0;
    long refineExpected = refine ? Math.round(generated * passRate + fixExpected * models.size() * passRate) : 0;
    return models.stream().map(model -> {
      Tokens perProblem = tokens(problems, model);
      double generateCost = samples * perProblem.cost(model, Stage.GENERATE);
      double perCall = problems.isEmpty() ? 0 : generateCost / generatedPerModel;
      double fixPerCall = perCall + perProblem.extra(model, Stage.FIX);
      double refinePerCall = perCall + perProblem.extra(model, Stage.REFINE);
      return new Line(model.id(), generatedPerModel, fixExpected, fixMax, refineExpected, refineMax,
          generateCost + fixExpected * fixPerCall + refineExpected * refinePerCall,
          generateCost + fixMax * fixPerCall + refineMax * refinePerCall);
    }).toList();
  }

  /**
   * An orchestrated run's most calls: per judged task, the routed loop's (each generate model, each fix
   * model on each failing program, each refine model; within {@code maxCalls}) and one call per stage for
   * every model alone.
   */
  public record Orchestration(long tasks, long routedPerTask, long alonePerTask, double costMax) {
    public long callsMax() {
      return tasks * (routedPerTask + alonePerTask);
    }
  }

  /** Steps a profile already made are reused and cost nothing new: these are upper bounds. */
  public Orchestration orchestrate(List<Problem> judged, List<ModelSpec> models, List<Stage> stages, int topN,
      int maxCalls) {
    long n = Math.min(topN, models.size());
    long fixes = stages.contains(Stage.FIX) ? n * n : 0;
    long refines = stages.contains(Stage.REFINE) ? n : 0;
    long routed = maxCalls > 0 ? Math.min(n + fixes + refines, maxCalls) : n + fixes + refines;
    long alone = 1 + (fixes > 0 ? 1 : 0) + (refines > 0 ? 1 : 0);
    double dearestCall = 0;
    for (ModelSpec model : models) {
      Tokens tokens = tokens(judged, model);
      dearestCall = Math.max(dearestCall, judged.isEmpty() ? 0
          : tokens.cost(model, Stage.GENERATE) / judged.size() + tokens.extra(model, Stage.FIX));
    }
    long perTask = routed + alone * models.size();
    return new Orchestration(judged.size(), routed, alone * models.size(), judged.size() * perTask * dearestCall);
  }

  /** Estimated tokens over a set of problems, summed: the generate prompts, and a typical answer. */
  private record Tokens(long prompt, long answer, long code, int problems) {
    double cost(ModelSpec model, Stage stage) {
      return model.cost(new TokenUsage(prompt, answer));
    }

    /** What a fix or refine prompt adds per call: the program and (fix) its failure. */
    double extra(ModelSpec model, Stage stage) {
      if (problems == 0) {
        return 0;
      }
      long added = code / problems + (stage == Stage.FIX ? FAILURE_OUTPUT_TOKENS : 0);
      return model.cost(new TokenUsage(added, 0));
    }
  }

  private Tokens tokens(List<Problem> problems, ModelSpec model) {
    long prompt = 0;
    long answer = 0;
    long code = 0;
    for (Problem problem : problems) {
      for (ChatMessage message : prompts.generate(problem)) {
        prompt += tokensOf(message.content());
      }
      long solution = problem.getSolutions().isEmpty() ? 150
          : tokensOf(problem.getSolutions().stream().map(ReferenceSolution::getCode).findFirst().orElse(""));
      code += solution;
      answer += Math.min(model.maxTokens() > 0 ? model.maxTokens() : Long.MAX_VALUE, solution * 3 / 2 + 50);
    }
    return new Tokens(prompt, answer, code, problems.size());
  }

  private static long tokensOf(String text) {
    return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }
}
