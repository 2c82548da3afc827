package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.mutants;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class OffByOneTest {
  private final OffByOne kind = new OffByOne();

  @Test
  void raisesIntegerLiteralsByOneKeepingTypeSuffixes() {
    String rust = "    let mut count = 0usize;\n    let pair = (1, 2);\n    pair.1 + 9\n";

    assertThat(mutants(kind, rust, Language.RUST)).containsExactly(
        "    let mut count = 1usize;\n    let pair = (1, 2);\n    pair.1 + 9\n",
        "    let mut count = 0usize;\n    let pair = (2, 2);\n    pair.1 + 9\n",
        "    let mut count = 0usize;\n    let pair = (1, 3);\n    pair.1 + 9\n",
        "    let mut count = 0usize;\n    let pair = (1, 2);\n    pair.1 + 10\n");
  }

  @Test
  void leavesFloatsHexAndNamesAlone() {
    String java = "        double d = 1.5 + 2e3 + 3f;\n        int h = 0x1F + x2 + 1_000;\n";

    assertThat(mutants(kind, java, Language.JAVA)).isEmpty();
  }

  @Test
  void movesLoopBounds() {
    String cpp = "    for (int i = k; i < n; i++) {}\n    while (j >= lo) j--;\n";
    String rust = "    for i in lo..hi {}\n    for j in lo..=hi {}\n";
    String python = "    for i in range(lo, len(xs)):\n        pass\n";

    assertThat(mutants(kind, cpp, Language.CPP)).containsExactly(
        "    for (int i = k; i <= n; i++) {}\n    while (j >= lo) j--;\n",
        "    for (int i = k; i < n; i++) {}\n    while (j > lo) j--;\n");
    assertThat(mutants(kind, rust, Language.RUST)).containsExactly(
        "    for i in lo..=hi {}\n    for j in lo..=hi {}\n",
        "    for i in lo..hi {}\n    for j in lo..hi {}\n");
    assertThat(mutants(kind, python, Language.PYTHON)).containsExactly(
        "    for i in range(lo, len(xs) + 1):\n        pass\n");
  }

  @Test
  void neverGrowsAnAllocationButMayChangeWhatFillsIt() {
    assertThat(mutants(kind, "    a := make([]int, n+1)\n    b := make([]int, 0, n+1)\n", Language.GO)).containsExactly(
        "    a := make([]int, n+1)\n    b := make([]int, 1, n+1)\n");
    assertThat(mutants(kind, "        long[] p = new long[n + 1];\n", Language.JAVA)).isEmpty();
    assertThat(mutants(kind, "    let p = vec![0i64; n + 1];\n", Language.RUST))
        .containsExactly("    let p = vec![1i64; n + 1];\n");
    assertThat(mutants(kind, "    vector<long long> p(n + 1, 0);\n", Language.CPP))
        .containsExactly("    vector<long long> p(n + 1, 1);\n");
  }

  @Test
  void leavesTheZeroOfASignTestAlone() {
    assertThat(mutants(kind, "    if n < 0 {\n        n = -n\n    }\n", Language.GO)).isEmpty();
    assertThat(mutants(kind, "    if n > 0 {\n    }\n", Language.GO)).containsExactly("    if n > 1 {\n    }\n");
  }

  @Test
  void comparisonsOutsideLoopHeadersAreNotLoopBounds() {
    assertThat(mutants(kind, "    if (i < n) {}\n", Language.JAVA)).isEmpty();
  }

  @Test
  void doesNotTouchStringsOrComments() {
    String python = "    # try 3 times\n    s = \"12 of 10\"\n    t = 'for i < 5'\n    return s * 2\n";

    assertThat(mutants(kind, python, Language.PYTHON)).containsExactly(
        "    # try 3 times\n    s = \"12 of 10\"\n    t = 'for i < 5'\n    return s * 3\n");
  }
}
