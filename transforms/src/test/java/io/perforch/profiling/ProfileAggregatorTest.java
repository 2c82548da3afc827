package io.perforch.profiling;

import static io.perforch.profiling.TestCandidates.candidate;
import static io.perforch.profiling.TestCandidates.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perforch.execution.model.Verdict;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.ProfileRow;
import io.perforch.profiling.model.Refinement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileAggregatorTest {
  private static final ProfileKey GENERATE = new ProfileKey("sim-a", "python", "generate", ProfileKey.ALL);

  @Test
  void passRatesAndPassAtKCountOnlyAnsweredSamples() {
    List<Candidate> candidates = new ArrayList<>();
    // task A: 2 of 2 pass; task B: 0 of 1 judged plus a provider error
    candidates.add(candidate("generate", "A", 0).setResult(result(Verdict.PASSED, 10, 1000)).build());
    candidates.add(candidate("generate", "A", 1).setResult(result(Verdict.PASSED, 30, 3000)).build());
    candidates.add(candidate("generate", "B", 0).setResult(result(Verdict.FAILED, 5, 100)).build());
    candidates.add(candidate("generate", "B", 1).setOutcome(CandidateOutcome.PROVIDER_ERROR)
        .setProviderError("RATE_LIMITED: 429 after 6 attempts").setInputTokens(0).setOutputTokens(0)
        .setCostUsd(0).build());

    ProfileRow row = ProfileAggregator.summarise(GENERATE, candidates);

    assertThat(row.getN()).isEqualTo(4);
    assertThat(row.getProviderErrors()).isEqualTo(1);
    assertThat(row.getTasks()).isEqualTo(2);
    assertThat(row.getPassed()).isEqualTo(2);
    assertThat(row.getPassRate()).isCloseTo(2 / 3.0, within(1e-12));
    // pass@1 = mean over tasks of c/n = (2/2 + 0/1) / 2
    assertThat(row.getPassAtK()).containsOnlyKeys("1").containsEntry("1", 0.5);
    assertThat(row.getMedianWallMillis()).isCloseTo(20.0, within(1e-9));
    assertThat(row.getPeakRssBytes()).isEqualTo(3000);
    assertThat(row.getInputTokens()).isEqualTo(300);
    assertThat(row.getCostUsd()).isCloseTo(0.003, within(1e-12));
    assertThat(row.getRefineImprovedShare()).isNull();
  }

  @Test
  void aModelThatNeverAnsweredHasNoRatesWhileOneThatAnsweredWronglyHasZero() {
    List<Candidate> down = new ArrayList<>();
    List<Candidate> wrong = new ArrayList<>();
    for (String task : List.of("A", "B")) {
      down.add(candidate("generate", task, 0).setOutcome(CandidateOutcome.PROVIDER_ERROR)
          .setProviderError("UNREACHABLE: connection refused").build());
      wrong.add(candidate("generate", task, 0).setResult(result(Verdict.FAILED, 5, 100)).build());
    }

    ProfileRow unanswered = ProfileAggregator.summarise(GENERATE, down);
    ProfileRow failed = ProfileAggregator.summarise(GENERATE, wrong);

    assertThat(unanswered.getN()).isEqualTo(2);
    assertThat(unanswered.getAnswered()).isZero();
    assertThat(unanswered.getProviderErrors()).isEqualTo(2);
    assertThat(unanswered.getPassRate()).isNull();
    assertThat(unanswered.getPassAtK()).isEmpty();
    assertThat(StageMetric.GENERATE.format(unanswered)).isEqualTo("n/a");
    assertThat(failed.getAnswered()).isEqualTo(2);
    assertThat(failed.getPassRate()).isZero();
    assertThat(StageMetric.GENERATE.format(failed)).isEqualTo("0.0%");
  }

  @Test
  void passAtKUsesTheUnbiasedEstimatorPerTask() {
    List<Candidate> candidates = new ArrayList<>();
    for (int sample = 0; sample < 5; sample++) {
      Verdict verdict = sample < 2 ? Verdict.PASSED : Verdict.FAILED;
      candidates.add(candidate("generate", "A", sample).setResult(result(verdict, 10, 100)).build());
    }

    ProfileRow row = ProfileAggregator.summarise(GENERATE, candidates);

    assertThat(row.getPassAtK().get("1")).isCloseTo(0.4, within(1e-12));
    assertThat(row.getPassAtK().get("5")).isEqualTo(1.0);
    assertThat(row.getPassAtK()).doesNotContainKey("10");
  }

  @Test
  void answersWithoutCodeCountAsFailures() {
    ProfileRow row = ProfileAggregator.summarise(GENERATE, List.of(
        candidate("generate", "A", 0).setOutcome(CandidateOutcome.NO_CODE).build(),
        candidate("generate", "A", 1).setResult(result(Verdict.PASSED, 10, 100)).build()));

    assertThat(row.getNoCode()).isEqualTo(1);
    assertThat(row.getPassRate()).isEqualTo(0.5);
  }

  @Test
  void refineRowsReportTheShareCalledFasterAndTheMedianSpeedup() {
    ProfileKey refine = new ProfileKey("sim-a", "python", "refine", ProfileKey.ALL);
    List<Candidate> candidates = List.of(
        refined("in1", 0, 4.0, true), refined("in2", 0, 1.02, false), refined("in3", 0, 2.0, true),
        candidate("refine", "in4", 0).setParentId("in4").setResult(result(Verdict.FAILED, 1, 1)).build());

    ProfileRow row = ProfileAggregator.summarise(refine, candidates);

    assertThat(row.getRefineImprovedShare()).isCloseTo(0.5, within(1e-12));
    assertThat(row.getRefineMedianSpeedup()).isCloseTo(2.0, within(1e-12));
    assertThat(row.getTasks()).isEqualTo(4);
    // gains 1 - 1/4 and 1 - 1/2 from the two called faster; the 1.02 one and the failure count 0
    assertThat(row.getRefineMeanGain()).isCloseTo((0.75 + 0.5) / 4, within(1e-9));
  }

  @Test
  void theMeanGainIsOverAnsweredCandidatesAndAbsentOutsideRefine() {
    ProfileKey refine = new ProfileKey("sim-a", "python", "refine", ProfileKey.ALL);
    Candidate noCode = candidate("refine", "in2", 0).setParentId("in2").setOutcome(CandidateOutcome.NO_CODE).build();
    Candidate down = candidate("refine", "in3", 0).setParentId("in3").setOutcome(CandidateOutcome.PROVIDER_ERROR)
        .setProviderError("UNREACHABLE: refused").build();

    ProfileRow row = ProfileAggregator.summarise(refine, List.of(refined("in1", 0, 2.0, true), noCode, down));
    ProfileRow unanswered = ProfileAggregator.summarise(refine, List.of(down));
    ProfileRow generate = ProfileAggregator.summarise(GENERATE,
        List.of(candidate("generate", "A", 0).setResult(result(Verdict.PASSED, 10, 100)).build()));

    assertThat(row.getRefineMeanGain()).isCloseTo(0.5 / 2, within(1e-9)); // the provider error is not answered
    assertThat(unanswered.getRefineMeanGain()).isNull();
    assertThat(generate.getRefineMeanGain()).isNull();
  }

  private static Candidate refined(String parent, int sample, double speedup, boolean faster) {
    return candidate("refine", parent, sample).setParentId(parent)
        .setResult(result(Verdict.PASSED, 10 / speedup, 100))
        .setRefinement(Refinement.newBuilder().setInputWallNanos(List.of(10_000_000L))
            .setRefinedWallNanos(List.of((long) (10_000_000 / speedup))).setInputMedianNanos(1e7)
            .setRefinedMedianNanos(1e7 / speedup).setSpeedup(speedup).setPValue(faster ? 0.004 : 0.5)
            .setFaster(faster).build())
        .build();
  }

  @Test
  void aCandidateCountsInItsCategoryAndInAll() {
    Candidate withCategory = candidate("generate", "A", 0).setCategory("parsing").build();
    Candidate without = candidate("generate", "A", 0).build();

    assertThat(ProfileKey.of(withCategory)).extracting(ProfileKey::category).containsExactly("all", "parsing");
    assertThat(ProfileKey.of(without)).extracting(ProfileKey::category).containsExactly("all");
  }

  @Test
  void aCandidateOfSeveralCategoriesCountsInEachAndOnceInAll() {
    Candidate tagged = candidate("generate", "A", 0).setCategory("graph")
        .setCategories(List.of("graph", "bfs", "graph", "all")).build();
    Candidate old = candidate("generate", "A", 0).setCategory("graph").setCategories(List.of()).build();

    assertThat(ProfileKey.of(tagged)).extracting(ProfileKey::category).containsExactly("all", "graph", "bfs");
    assertThat(ProfileKey.of(tagged)).allSatisfy(key -> assertThat(key.model()).isEqualTo("sim-a"));
    // a candidate file written before categories existed aggregates as it did
    assertThat(ProfileKey.of(old)).extracting(ProfileKey::category).containsExactly("all", "graph");
  }

  @Test
  void quantilesInterpolate() {
    assertThat(ProfileAggregator.quantile(List.of(1.0, 2.0, 3.0, 4.0), 0.5)).isEqualTo(2.5);
    assertThat(ProfileAggregator.quantile(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 0.9))
        .isCloseTo(9.1, within(1e-12));
    assertThat(ProfileAggregator.quantile(List.of(), 0.5)).isNull();
  }
}
