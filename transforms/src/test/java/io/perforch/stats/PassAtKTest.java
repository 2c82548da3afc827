package io.perforch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PassAtKTest {
  @Test
  void passAtOneIsTheShareOfPassingSamples() {
    assertThat(PassAtK.estimate(10, 3, 1)).isCloseTo(0.3, within(1e-12));
    assertThat(PassAtK.estimate(1, 1, 1)).isEqualTo(1.0);
    assertThat(PassAtK.estimate(1, 0, 1)).isEqualTo(0.0);
  }

  @Test
  void matchesTheBinomialFormula() {
    // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10
    assertThat(PassAtK.estimate(5, 2, 2)).isCloseTo(0.7, within(1e-12));
    // n=20, c=1, k=10: 1 - C(19,10)/C(20,10) = 1 - 10/20
    assertThat(PassAtK.estimate(20, 1, 10)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void certainWhenTooFewFailuresToFillADraw() {
    assertThat(PassAtK.estimate(10, 8, 3)).isEqualTo(1.0);
  }

  @Test
  void staysFiniteForLargeN() {
    assertThat(PassAtK.estimate(2000, 37, 100)).isBetween(0.0, 1.0);
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> PassAtK.estimate(5, 6, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PassAtK.estimate(5, 2, 6)).hasMessageContaining("k must be in 1..5");
  }
}
