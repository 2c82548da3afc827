package io.perforch.models.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

/** Each test shows a program with its literals and comments blanked out ('.'), as the mask sees it. */
class CodeMaskTest {
  private static String codeOnly(Language language, String text) {
    CodeMask mask = CodeMask.of(language, text);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(mask.isCode(i) || c == '\n' ? c : '.');
    }
    return out.toString();
  }

  @Test
  void python() {
    assertThat(codeOnly(Language.PYTHON, "s = 'a#b' + \"c\\\"d\"  # x < y\nt = f'{x}'\n"))
        .isEqualTo("s = ..... + ......  .......\nt = f.....\n");
    assertThat(codeOnly(Language.PYTHON, "d = \"\"\"a\n'b' # c\n\"\"\" + x\n"))
        .isEqualTo("d = ....\n.......\n... + x\n");
  }

  @Test
  void java() {
    assertThat(codeOnly(Language.JAVA, "c = '\"'; s = \"a'b\"; // x\nt = \"\"\"\n  q\"\"\"; /* y */ z\n"))
        .isEqualTo("c = ...; s = .....; ....\nt = ...\n......; ....... z\n");
  }

  @Test
  void cpp() {
    assertThat(codeOnly(Language.CPP, "auto r = R\"x()\")x\"; int n = 1'000; char c = '\\'';\n"))
        .isEqualTo("auto r = R........; int n = 1'000; char c = ....;\n");
  }

  @Test
  void go() {
    assertThat(codeOnly(Language.GO, "r := `a\"b\n` + \"c\" + string('\\'') // d\n"))
        .isEqualTo("r := ....\n. + ... + string(....) ....\n");
  }

  @Test
  void rustLifetimesAreCodeAndCommentsNest() {
    assertThat(codeOnly(Language.RUST, "fn f<'a>(s: &'a str) -> char { 'x' }\n"))
        .isEqualTo("fn f<'a>(s: &'a str) -> char { ... }\n");
    assertThat(codeOnly(Language.RUST, "let r = r#\"a\"b\"#; let b = b'\\n'; /* a /* b */ c */ x\n"))
        .isEqualTo("let r = ........; let b = b....; ................. x\n");
  }
}
