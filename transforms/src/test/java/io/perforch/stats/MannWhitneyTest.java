package io.perforch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MannWhitneyTest {
  @Test
  void completelySeparatedSamplesHaveTheSmallestPossiblePValue() {
    // one split in C(6,3) = 20 puts x's three values lowest; likewise one in C(10,5) = 252
    assertThat(MannWhitney.pLess(new double[] {1, 2, 3}, new double[] {4, 5, 6})).isCloseTo(1 / 20.0, within(1e-12));
    assertThat(MannWhitney.pLess(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10}))
        .isCloseTo(1 / 252.0, within(1e-12));
  }

  @Test
  void theOppositeDirectionIsNoEvidence() {
    assertThat(MannWhitney.pLess(new double[] {6, 7, 8, 9, 10}, new double[] {1, 2, 3, 4, 5})).isEqualTo(1.0);
  }

  @Test
  void oneOverlapCountsExactly() {
    // x ranks {1,2,3,4,6}: rank sums <= 16 are {1..5} and {1,2,3,4,6}: 2 of 252
    assertThat(MannWhitney.pLess(new double[] {1, 2, 3, 4, 6}, new double[] {5, 7, 8, 9, 10}))
        .isCloseTo(2 / 252.0, within(1e-12));
  }

  @Test
  void tiesShareMidranks() {
    assertThat(MannWhitney.midranks(new double[] {3, 1}, new double[] {3, 2})).containsExactly(3.5, 1, 3.5, 2);
    assertThat(MannWhitney.pLess(new double[] {5, 5, 5}, new double[] {5, 5, 5})).isEqualTo(1.0);
  }

  @Test
  void normalApproximationAgreesWithTheExactTestWhereBothApply() {
    Random random = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      double[] x = new double[9];
      double[] y = new double[9];
      for (int i = 0; i < 9; i++) {
        x[i] = random.nextGaussian() + 0.8;
        y[i] = random.nextGaussian() + 1.2;
      }
      double[] ranks = MannWhitney.midranks(x, y);
      double sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += ranks[i];
      }
      assertThat(MannWhitney.normalPLess(ranks, 9, 9, sum))
          .isCloseTo(MannWhitney.exactPLess(ranks, 9, sum), within(0.02));
    }
  }

  @Test
  void largeSamplesUseTheApproximationAndStillDetectAShift() {
    double[] fast = new double[40];
    double[] slow = new double[40];
    for (int i = 0; i < 40; i++) {
      fast[i] = 100 + i;
      slow[i] = 120 + i;
    }
    assertThat(MannWhitney.binomial(80, 40)).isGreaterThan(MannWhitney.EXACT_LIMIT);
    assertThat(MannWhitney.pLess(fast, slow)).isLessThan(0.01);
    assertThat(MannWhitney.pLess(slow, fast)).isGreaterThan(0.99);
  }
}
