package io.perforch.execution.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputCleanerTest {
  @Test
  void removesAnsiCodesNormalisesLineEndsAndStrips() {
    assertThat(OutputCleaner.clean("\u001B[1;32m42\u001B[0m\r\n")).isEqualTo("42");
    assertThat(OutputCleaner.clean("a\r\nb\r\r\nc\n\n")).isEqualTo("a\nb\nc");
    assertThat(OutputCleaner.clean("\u001BMx\u001B[2K\u001B[?25l")).isEqualTo("x");
    assertThat(OutputCleaner.clean("  \t 1 2 \n 3\t\n")).isEqualTo("1 2 \n 3");
  }

  @Test
  void stripsWhatPythonCallsWhitespaceButKeepsInnerSpace() {
    assertThat(OutputCleaner.clean("\u00A0\u000B\u000C\u001Cx y\u0085\u2028\u3000")).isEqualTo("x y");
    assertThat(OutputCleaner.clean("\u200Bx")).isEqualTo("\u200Bx"); // zero-width space is not whitespace
    assertThat(OutputCleaner.clean("")).isEmpty();
    assertThat(OutputCleaner.clean(" \n\r\n ")).isEmpty();
  }

  @Test
  void leavesALoneCarriageReturnAlone() {
    assertThat(OutputCleaner.clean("a\rb")).isEqualTo("a\rb");
  }
}
