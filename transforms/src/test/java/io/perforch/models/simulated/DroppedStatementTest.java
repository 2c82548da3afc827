package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.mutants;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class DroppedStatementTest {
  private final DroppedStatement kind = new DroppedStatement();

  @Test
  void dropsWholeStatementLinesButNeverBracesOrHeaders() {
    String java = """
                int total = 0;
                for (int x : xs) {
                    total += x;
                }
                return total;
            }
        }
        """;

    assertThat(mutants(kind, java, Language.JAVA)).containsExactly(
        java.replace("        int total = 0;\n", ""),
        java.replace("            total += x;\n", ""),
        java.replace("        return total;\n", ""));
  }

  @Test
  void neverDropsALineOfAMultiLineStatement() {
    String cpp = "    int s = f(a,\n              b);\n    int t = a\n        + b;\n    return s + t;\n}\n";

    assertThat(mutants(kind, cpp, Language.CPP)).containsExactly(
        "    int s = f(a,\n              b);\n    int t = a\n        + b;\n}\n");
  }

  @Test
  void pythonKeepsEveryBlockNonEmptyAndSkipsDocstringsAndPass() {
    String python = """
            \"\"\"Sum of xs.\"\"\"
            total = 0
            for x in xs:
                total += x
            if total < 0:
                pass
            return total
        """;

    assertThat(mutants(kind, python, Language.PYTHON)).containsExactly(
        python.replace("    total = 0\n", ""),
        python.replace("    return total\n", ""));
  }

  @Test
  void neverDropsALineThatOpensAMultiLineString() {
    String python = "    text = \"\"\"first\n    second\"\"\"\n    return text\n";

    assertThat(mutants(kind, python, Language.PYTHON)).containsExactly("    text = \"\"\"first\n    second\"\"\"\n");
  }

  @Test
  void goStatementsAndContinuations() {
    String go = """
            total := 0
            for _, x := range xs {
                total += x
            }
            s := fmt.Sprint(total,
                "!")
            return len(s)
        }
        """;

    assertThat(mutants(kind, go, Language.GO)).containsExactly(
        go.replace("    total := 0\n", ""),
        go.replace("        total += x\n", ""),
        go.replace("    return len(s)\n", ""));
  }

  @Test
  void doesNotTreatCommentsAsStatements() {
    String rust = "    // let x = 1;\n    /* y += 1;\n    z += 1; */\n    let w = 2;\n    w\n}\n";

    assertThat(mutants(kind, rust, Language.RUST))
        .containsExactly("    // let x = 1;\n    /* y += 1;\n    z += 1; */\n    w\n}\n");
  }
}
