package io.perforch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeedupRuleTest {
  private static final SpeedupRule RULE = SpeedupRule.DEFAULT;
  /** The default rule without its absolute floor, for times in arbitrary units. */
  private static final SpeedupRule RELATIVE = new SpeedupRule(RULE.alpha(), RULE.minEffect());

  @Test
  void aClearlyFasterProgramIsFaster() {
    SpeedupRule.Decision decision = RULE.decide(new double[] {100e6, 104e6, 98e6, 101e6, 99e6},
        new double[] {50e6, 52e6, 49e6, 51e6, 55e6});

    assertThat(decision.faster()).isTrue();
    assertThat(decision.speedup()).isCloseTo(100 / 51.0, within(1e-9));
    assertThat(decision.pValue()).isCloseTo(1 / 252.0, within(1e-12));
  }

  @Test
  void aSignificantButTinyGainIsNotASpeedup() {
    SpeedupRule.Decision decision = RELATIVE.decide(new double[] {100, 101, 102, 103, 104}, new double[] {95, 96, 97, 98, 99});

    assertThat(decision.pValue()).isLessThan(0.01);
    assertThat(decision.faster()).isFalse();
  }

  @Test
  void aLargeGainOnOverlappingNoisyRunsIsNotASpeedup() {
    // the medians differ by 30%, but two refined runs are slower than most input runs
    SpeedupRule.Decision decision = RELATIVE.decide(new double[] {100, 60, 105, 98, 110}, new double[] {70, 65, 120, 68, 115});

    assertThat(decision.refinedMedian()).isLessThan(0.9 * decision.inputMedian());
    assertThat(decision.faster()).isFalse();
  }

  @Test
  void theSameProgramMeasuredTwiceIsRarelyCalledFaster() {
    // A/A: both sets of 5 runs drawn from one skewed noise distribution, 10,000 times
    Random random = new Random(7);
    int calledFaster = 0;
    for (int trial = 0; trial < 10_000; trial++) {
      calledFaster += RELATIVE.decide(noisyRuns(random), noisyRuns(random)).faster() ? 1 : 0;
    }
    assertThat(calledFaster / 10_000.0).isLessThan(0.01);
  }

  private static double[] noisyRuns(Random random) {
    double[] runs = new double[5];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = 100 * Math.exp(0.08 * random.nextGaussian()) + (random.nextInt(10) == 0 ? 40 : 0);
    }
    return runs;
  }

  @Test
  void aGainInsideTheJitterOfVeryShortProgramsIsNotASpeedup() {
    // 3 ms -> 1.5 ms: half the time, fully separated, but only 1.5 ms, under the default floor of 2 ms
    double[] input = {3.0e6, 3.1e6, 2.9e6, 3.2e6, 3.0e6};
    double[] refined = {1.5e6, 1.6e6, 1.4e6, 1.5e6, 1.5e6};

    assertThat(RULE.decide(input, refined).faster()).isFalse();
    assertThat(RELATIVE.decide(input, refined).faster()).isTrue();
  }

  @Test
  void medianOfEvenAndOddCounts() {
    assertThat(SpeedupRule.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(SpeedupRule.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void nonsenseSettingsAreRejected() {
    assertThatThrownBy(() -> new SpeedupRule(0, 0.1)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> new SpeedupRule(0.05, 1)).hasMessageContaining("minEffect");
  }
}
