package io.perforch.execution.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class MaskedSourceTest {
  @Test
  void cppCommentsStringsAndCharactersAreBlankedAtTheSameOffsets() {
    String code = "int f() { // }\n  /* { */ return s(\"}{\", '{') + 1'000; }\n";

    String masked = MaskedSource.mask(code, Language.CPP);

    assertThat(masked).isEqualTo(blanked(code, "// }", "/* { */", "\"}{\"", "'{'"));
  }

  @Test
  void cppRawStringsAreBlanked() {
    String code = "auto s = R\"x(a \")\" b)x\"; f();";

    assertThat(MaskedSource.mask(code, Language.CPP)).isEqualTo(blanked(code, "R\"x(a \")\" b)x\""));
  }

  @Test
  void rustLifetimesStayCodeWhileCharactersRawStringsAndNestedCommentsAreBlanked() {
    String code = "fn f<'a>(s: &'a str) -> char { /* a /* } */ } */ let r = r#\"}\"#; '}' }";

    String masked = MaskedSource.mask(code, Language.RUST);

    assertThat(masked).startsWith("fn f<'a>(s: &'a str) -> char {");
    assertThat(masked).doesNotContain("/*").doesNotContain("r#");
    assertThat(masked.chars().filter(c -> c == '}').count()).isEqualTo(1);
    assertThat(MaskedSource.openBraces(code, Language.RUST)).isZero();
  }

  @Test
  void pythonDocstringsAndCommentsAreBlankedKeepingLineBreaks() {
    String code = "def f(x):\n    \"\"\" doc\ndef g(\n    \"\"\"\n    return x  # def h(\n";

    String masked = MaskedSource.mask(code, Language.PYTHON);

    assertThat(masked).contains("def f(x):").doesNotContain("def g").doesNotContain("def h");
    assertThat(masked.lines().count()).isEqualTo(code.lines().count());
  }

  @Test
  void goRawStringsAndJavaTextBlocksAreBlanked() {
    assertThat(MaskedSource.mask("s := `{\n}`; t := 1", Language.GO)).doesNotContain("{").doesNotContain("}");
    assertThat(MaskedSource.openBraces("String s = \"\"\"\n  {\n  \"\"\"; void f() {", Language.JAVA)).isEqualTo(1);
  }

  @Test
  void openBracesCountsWhatABodyClosesAsNegative() {
    assertThat(MaskedSource.openBraces("class S {\n  int f() {\n", Language.JAVA)).isEqualTo(2);
    assertThat(MaskedSource.openBraces("    return 1;\n  }\n}\n", Language.JAVA)).isEqualTo(-2);
  }

  /** {@code code} with each part replaced by as many spaces. */
  private static String blanked(String code, String... parts) {
    String result = code;
    for (String part : parts) {
      result = result.replace(part, " ".repeat(part.length()));
    }
    return result;
  }
}
