package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.mutants;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class SyntaxSlipTest {
  private final SyntaxSlip kind = new SyntaxSlip();

  @Test
  void pythonLosesABlockColonOrAClosingParenthesis() {
    String python = "    for i in range(n):\n        d = {'a': 1}\n";

    assertThat(mutants(kind, python, Language.PYTHON)).containsExactly(
        "    for i in range(n:\n        d = {'a': 1}\n",
        "    for i in range(n)\n        d = {'a': 1}\n");
  }

  @Test
  void javaLosesASemicolonOrAParenthesis() {
    assertThat(mutants(kind, "        f(x);\n", Language.JAVA)).containsExactly("        f(x;\n", "        f(x)\n");
  }

  @Test
  void rustKeepsASemicolonWhoseRemovalWouldStillCompile() {
    String rust = "    let a = f(1);\n    if a > 0 {\n        g();\n    }\n    a\n}\n";

    assertThat(mutants(kind, rust, Language.RUST)).containsExactly(
        "    let a = f(1;\n    if a > 0 {\n        g();\n    }\n    a\n}\n",
        "    let a = f(1)\n    if a > 0 {\n        g();\n    }\n    a\n}\n",
        "    let a = f(1);\n    if a > 0 {\n        g(;\n    }\n    a\n}\n");
  }

  @Test
  void doesNotTouchStringsOrComments() {
    String cpp = "    // done;)\n    string s = \";)\";\n    char c = ')';\n    return s;\n}\n";

    assertThat(mutants(kind, cpp, Language.CPP)).containsExactly(
        "    // done;)\n    string s = \";)\"\n    char c = ')';\n    return s;\n}\n",
        "    // done;)\n    string s = \";)\";\n    char c = ')'\n    return s;\n}\n",
        "    // done;)\n    string s = \";)\";\n    char c = ')';\n    return s\n}\n");
  }
}
