package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.mutants;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class WrongConstantTest {
  private final WrongConstant kind = new WrongConstant();

  @Test
  void replacesIntegersWithPlausibleWrongValues() {
    String go = "    x := 0\n    y := n-1\n    z := 10\n";

    assertThat(mutants(kind, go, Language.GO)).containsExactly(
        "    x := 1\n    y := n-1\n    z := 10\n",
        "    x := 0\n    y := n-0\n    z := 10\n",
        "    x := 0\n    y := n-1\n    z := 20\n");
  }

  @Test
  void aNegativeOneBecomesMinusTwo() {
    assertThat(mutants(kind, "    return xs[-1]\n", Language.PYTHON)).containsExactly("    return xs[-2]\n");
  }

  @Test
  void leavesTheZeroOfASignTestAloneButShrinksAllocations() {
    assertThat(mutants(kind, "        if (n < 0) {\n", Language.JAVA)).isEmpty();
    assertThat(mutants(kind, "        long[] p = new long[n + 1];\n", Language.JAVA))
        .containsExactly("        long[] p = new long[n + 0];\n");
  }

  @Test
  void invertsBooleansInEachLanguagesSpelling() {
    assertThat(mutants(kind, "    seen = True\n    true_count = 0\n", Language.PYTHON))
        .contains("    seen = False\n    true_count = 0\n")
        .noneMatch(mutant -> mutant.contains("false_count"));
    assertThat(mutants(kind, "        boolean ok = false;\n", Language.JAVA))
        .containsExactly("        boolean ok = true;\n");
  }

  @Test
  void doesNotTouchStringsOrComments() {
    String rust =
        "    // 0 means empty\n    let s = \"true 1\";\n    let c = '7';\n    let r = r#\"2\"#;\n    s.len() > 4\n";

    assertThat(mutants(kind, rust, Language.RUST)).containsExactly(
        "    // 0 means empty\n    let s = \"true 1\";\n    let c = '7';\n    let r = r#\"2\"#;\n    s.len() > 8\n");
  }
}
