package io.perforch.execution.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class FunctionalHarnessTest {
  @Test
  void putsThePreludeFirstAndTheCodeWhereThePlaceholderWas() {
    String program = FunctionalHarness.assemble(Language.PYTHON,
        "# before\n==Code Submission==\nprint(Solution().f())\n", "class Solution:\n    def f(self): return 1");

    assertThat(program).startsWith(FunctionalHarness.prelude(Language.PYTHON) + "\n\n# before\n");
    assertThat(program).endsWith("# before\nclass Solution:\n    def f(self): return 1\nprint(Solution().f())\n");
    assertThat(program).doesNotContain(FunctionalHarness.PLACEHOLDER);
  }

  @Test
  void everyLanguageHasAPreludeOfStandardImports() {
    assertThat(FunctionalHarness.prelude(Language.PYTHON)).contains("from typing import *");
    assertThat(FunctionalHarness.prelude(Language.JAVA)).contains("import java.util.*;");
    assertThat(FunctionalHarness.prelude(Language.CPP)).contains("#include <bits/stdc++.h>");
    assertThat(FunctionalHarness.prelude(Language.GO)).startsWith("package main").contains("_ = fmt.Sprint");
    assertThat(FunctionalHarness.prelude(Language.RUST)).contains("use std::collections::*;");
  }

  @Test
  void aRunnerWithoutThePlaceholderIsRejected() {
    assertThatThrownBy(() -> FunctionalHarness.assemble(Language.JAVA, "class Main {}", "class Solution {}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
