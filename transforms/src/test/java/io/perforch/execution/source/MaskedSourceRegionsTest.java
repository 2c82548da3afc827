package io.perforch.execution.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

/** Regions tell comments ('#') from literals ('.'), and know when a line break lies inside either. */
class MaskedSourceRegionsTest {
  private static String regions(Language language, String text) {
    MaskedSource.Regions regions = MaskedSource.regions(text, language);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n';
      if (regions.isCode(i)) {
        out.append(c);
      } else if (regions.isComment(i)) {
        out.append(lineBreak ? '$' : '#');
      } else {
        out.append(lineBreak ? '$' : '.');
      }
    }
    return out.toString();
  }

  @Test
  void python() {
    assertThat(regions(Language.PYTHON, "s = 'a#b' + \"c\\\"d\"  # x < y\nt = f'{x}'\n"))
        .isEqualTo("s = ..... + ......  #######\nt = f.....\n");
    assertThat(regions(Language.PYTHON, "d = \"\"\"a\n'b' # c\n\"\"\" + x\n"))
        .isEqualTo("d = ....$.......$... + x\n");
  }

  @Test
  void javaCommentsTextBlocksAndCharacters() {
    assertThat(regions(Language.JAVA, "c = '\"'; s = \"a'b\"; // x\nt = \"\"\"\n  q\"\"\"; /* y\n */ z\n"))
        .isEqualTo("c = ...; s = .....; ####\nt = ...$......; ####$### z\n");
  }

  @Test
  void cppRawStringsAndDigitSeparators() {
    assertThat(regions(Language.CPP, "auto r = R\"x()\")x\"; int n = 1'000; char c = '\\'';\n"))
        .isEqualTo("auto r = .........; int n = 1'000; char c = ....;\n");
  }

  @Test
  void goRawStringsAndRunes() {
    assertThat(regions(Language.GO, "r := `a\"b\n` + \"c\" + string('\\'') // d\n"))
        .isEqualTo("r := ....$. + ... + string(....) ####\n");
  }

  @Test
  void rustLifetimesAreCodeAndCommentsNest() {
    assertThat(regions(Language.RUST, "fn f<'a>(s: &'a str) -> char { 'x' }\n"))
        .isEqualTo("fn f<'a>(s: &'a str) -> char { ... }\n");
    assertThat(regions(Language.RUST, "let r = r#\"a\"b\"#; let b = b'\\n'; /* a /* b */ c */ x\n"))
        .isEqualTo("let r = ........; let b = b....; ################# x\n");
  }
}
