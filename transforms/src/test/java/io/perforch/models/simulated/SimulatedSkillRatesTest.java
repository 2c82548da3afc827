package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.answer;
import static io.perforch.models.simulated.SimulatedTestSupport.canonical;
import static io.perforch.models.simulated.SimulatedTestSupport.client;
import static io.perforch.models.simulated.SimulatedTestSupport.sampleProblem;
import static io.perforch.models.simulated.SimulatedTestSupport.sampleProblems;
import static io.perforch.models.simulated.SimulatedTestSupport.skills;
import static io.perforch.models.simulated.SimulatedTestSupport.slow;
import static io.perforch.models.simulated.SimulatedTestSupport.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.models.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over many samples, simulated models are right about as often as their profiles say. Decisions are
 * hash draws, not coin flips, so each figure here is fixed; the tolerance is still what a fair coin
 * would need: the expected share plus or minus four binomial standard deviations, sqrt(p (1 - p) / n),
 * which a fair coin misses once in about 16,000 runs. Anything biased (a draw reused across decisions,
 * a skill read for the wrong stage) lands far outside it.
 */
class SimulatedSkillRatesTest {
  private static final int SAMPLES = 40;

  private static void assertShare(String what, long hits, long n, double expected) {
    double tolerance = 4 * Math.sqrt(expected * (1 - expected) / n);
    assertThat((double) hits / n).as("%s: %d of %d", what, hits, n).isCloseTo(expected, offset(tolerance));
  }

  @Test
  void generateIsRightAtTheSkillAndSlowAtTheSlowShareOfRightAnswers() throws Exception {
    SimulatedModelClient model = client("sim-rates", uniform(5, 0.7, 0.4));
    long requests = 0;
    long right = 0;
    long rightWithSlowReference = 0;
    long slowAnswers = 0;
    for (Problem problem : sampleProblems()) {
      boolean hasSlow = problem.getSolutions().stream().anyMatch(s -> s.getLabel().equals("slow"));
      for (int sample = 0; sample < SAMPLES; sample++) {
        String code = answer(model, problem, Stage.GENERATE, null, sample);
        requests++;
        boolean isSlow = hasSlow && code.equals(slow(problem));
        if (code.equals(canonical(problem)) || isSlow) {
          right++;
          rightWithSlowReference += hasSlow ? 1 : 0;
          slowAnswers += isSlow ? 1 : 0;
        }
      }
    }

    assertShare("right", right, requests, 0.7);
    assertShare("slow among right", slowAnswers, rightWithSlowReference, 0.4);
  }

  @Test
  void skillIsReadPerLanguageAndStage() throws Exception {
    SimulatedModelClient model = client("sim-python", skills(9, 0.2, Language.PYTHON, Stage.GENERATE, 0.9, 0.0));
    for (Language language : List.of(Language.PYTHON, Language.JAVA)) {
      long right = 0;
      long n = 0;
      for (Problem problem : sampleProblems(language)) {
        for (int sample = 0; sample < SAMPLES * 4; sample++) {
          right += answer(model, problem, Stage.GENERATE, null, sample).equals(canonical(problem)) ? 1 : 0;
          n++;
        }
      }
      assertShare(language.id(), right, n, language == Language.PYTHON ? 0.9 : 0.2);
    }
    // Fixing Python is not generating it: the default applies.
    Problem problem = sampleProblem(Language.PYTHON, "count_primes");
    String broken = answer(client("sim-broken", uniform(1, 0.0, 0.0)), problem, Stage.GENERATE, null, 0);
    long fixed = 0;
    int n = SAMPLES * 25;
    for (int sample = 0; sample < n; sample++) {
      fixed += answer(model, problem, Stage.FIX, broken, sample).equals(canonical(problem)) ? 1 : 0;
    }
    assertShare("python fix", fixed, n, 0.2);
  }

  @Test
  void fixReturnsTheCanonicalAtTheSkillElseANewMutantOrTheInputUnchanged() throws Exception {
    SimulatedModelClient breaker = client("sim-breaker", uniform(2, 0.0, 0.0));
    SimulatedModelClient fixer = client("sim-fixer", uniform(4, 0.6, 0.0));
    long n = 0;
    long canonicalAnswers = 0;
    long unchanged = 0;
    long otherMutants = 0;
    for (Problem problem : sampleProblems()) {
      String broken = answer(breaker, problem, Stage.GENERATE, null, 0);
      for (int sample = 0; sample < SAMPLES; sample++) {
        String code = answer(fixer, problem, Stage.FIX, broken, sample);
        n++;
        if (code.equals(canonical(problem))) {
          canonicalAnswers++;
        } else if (code.equals(broken)) {
          unchanged++;
        } else {
          otherMutants++;
        }
      }
    }

    assertShare("fixed", canonicalAnswers, n, 0.6);
    assertShare("handed back unchanged", unchanged, n, 0.2);
    assertShare("broken differently", otherMutants, n, 0.2);
  }

  @Test
  void refineSpeedsUpTheSlowReferenceAtTheSkillElseKeepsOrBreaksIt() throws Exception {
    SimulatedModelClient optimizer = client("sim-optimizer", uniform(6, 0.5, 0.0));
    long n = 0;
    long faster = 0;
    long unchanged = 0;
    long broken = 0;
    for (Problem problem : sampleProblems()) {
      if (problem.getSolutions().stream().noneMatch(s -> s.getLabel().equals("slow"))) {
        continue;
      }
      for (int sample = 0; sample < SAMPLES * 2; sample++) {
        String code = answer(optimizer, problem, Stage.REFINE, slow(problem), sample);
        n++;
        if (code.equals(canonical(problem))) {
          faster++;
        } else if (code.equals(slow(problem))) {
          unchanged++;
        } else {
          broken++;
        }
      }
    }

    // A miss is the input unchanged or the input broken; the slow reference is the input here.
    assertShare("faster", faster, n, 0.5);
    assertShare("unchanged", unchanged, n, 0.25);
    assertShare("broken", broken, n, 0.25);
  }

  @Test
  void refineOfTheFastProgramCanMakeItSlower() throws Exception {
    SimulatedModelClient clumsy = client("sim-clumsy", uniform(8, 0.0, 0.0));
    long n = 0;
    long slower = 0;
    for (Problem problem : sampleProblems()) {
      if (problem.getSolutions().stream().noneMatch(s -> s.getLabel().equals("slow"))) {
        continue;
      }
      for (int sample = 0; sample < SAMPLES; sample++) {
        String code = answer(clumsy, problem, Stage.REFINE, canonical(problem), sample);
        n++;
        slower += code.equals(slow(problem)) ? 1 : 0;
      }
    }

    // Every answer misses: a third each unchanged, slower, broken.
    assertShare("slower", slower, n, 1.0 / 3);
  }
}
