package io.perforch.models.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawsTest {
  @Test
  void sameKeySameStream() {
    Draws a = Draws.keyedBy(7L, "sim-x", "Python/1", 0);
    Draws b = Draws.keyedBy(7L, "sim-x", "Python/1", 0);

    for (int i = 0; i < 20; i++) {
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void everyPartOfTheKeyMatters() {
    long base = Draws.keyedBy(7L, "sim-x", "Python/1", 0).nextLong();

    assertThat(Draws.keyedBy(8L, "sim-x", "Python/1", 0).nextLong()).isNotEqualTo(base);
    assertThat(Draws.keyedBy(7L, "sim-y", "Python/1", 0).nextLong()).isNotEqualTo(base);
    assertThat(Draws.keyedBy(7L, "sim-x", "Python/2", 0).nextLong()).isNotEqualTo(base);
    assertThat(Draws.keyedBy(7L, "sim-x", "Python/1", 1).nextLong()).isNotEqualTo(base);
    // Parts are delimited: shifting characters between parts changes the key.
    assertThat(Draws.keyedBy("ab", "c").nextLong()).isNotEqualTo(Draws.keyedBy("a", "bc").nextLong());
  }

  @Test
  void doublesAreUniformInTheUnitInterval() {
    Draws draws = Draws.keyedBy("uniform");
    double[] values = IntStream.range(0, 10_000).mapToDouble(i -> draws.nextDouble()).toArray();

    assertThat(Arrays.stream(values).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    assertThat(Arrays.stream(values).max().orElseThrow()).isLessThan(1);
    // Each tenth of [0, 1) gets 1000 +- 4 standard deviations (sd = 30).
    int[] deciles = new int[10];
    for (double v : values) {
      deciles[(int) (v * 10)]++;
    }
    assertThat(Arrays.stream(deciles).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(880, 1120));
  }

  @Test
  void intsStayInBounds() {
    Draws draws = Draws.keyedBy("ints");

    assertThat(IntStream.range(0, 1000).map(i -> draws.nextInt(3))).containsOnly(0, 1, 2);
  }
}
