package io.perforch.execution.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.TopLevelItems.Item;
import io.perforch.execution.source.TopLevelItems.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelItemsTest {
  @Test
  void cppPromptEndsInsideItsEntryPoint() {
    String prompt = "/* doc { */\n#include<vector>\nusing namespace std;\n"
        + "double poly(vector<double> xs){\n    return xs[0];\n}\nstruct P { int x; };\n"
        + "double find_zero(vector<double> xs){\n    /* more doc */\n";

    List<Item> items = TopLevelItems.of(prompt, Language.CPP);

    assertThat(items).extracting(Item::kind, Item::name, Item::closed).containsExactly(
        tuple(Kind.OTHER, "", true),
        tuple(Kind.IMPORT, "", true),
        tuple(Kind.FUNCTION, "poly", true),
        tuple(Kind.TYPE, "P", true),
        tuple(Kind.FUNCTION, "find_zero", false));
    Item poly = items.get(2);
    assertThat(prompt.substring(poly.start(), poly.end())).startsWith("double poly(").endsWith("}");
    assertThat(prompt.substring(items.get(3).start(), items.get(3).end())).endsWith("};");
  }

  @Test
  void javaClassMembersAreItemsOfTheClassBody() {
    String code = "import java.util.*;\n\npublic class Solution {\n    private int[] memo = new int[3];\n"
        + "    @Override\n    public String toString() { return \"}\"; }\n"
        + "    static class Node { int v; }\n    public <T> List<T> twice(List<T> xs) throws Exception {\n"
        + "        return xs;\n    }\n}\n";
    List<Item> top = TopLevelItems.of(code, Language.JAVA);
    assertThat(top).extracting(Item::kind, Item::name)
        .containsExactly(tuple(Kind.IMPORT, ""), tuple(Kind.TYPE, "Solution"));

    Item solution = top.get(1);
    List<Item> members = TopLevelItems.of(code, Language.JAVA, solution.bodyStart() + 1, solution.end() - 1);

    assertThat(members).extracting(Item::kind, Item::name).containsExactly(
        tuple(Kind.OTHER, "memo"), tuple(Kind.FUNCTION, "toString"), tuple(Kind.TYPE, "Node"),
        tuple(Kind.FUNCTION, "twice"));
  }

  @Test
  void goDeclarationsEndAtLineBreaks() {
    String code = "package main\n\nimport (\n    \"fmt\"\n)\n\ntype Stack []int\n\n"
        + "func (s *Stack) Push(x int) {\n    *s = append(*s, x)\n}\n\nfunc main() {\n    fmt.Println(1)\n}\n";

    assertThat(TopLevelItems.of(code, Language.GO)).extracting(Item::kind, Item::name).containsExactly(
        tuple(Kind.PACKAGE, "main"), tuple(Kind.IMPORT, ""), tuple(Kind.TYPE, "Stack"),
        tuple(Kind.FUNCTION, "Stack.Push"), tuple(Kind.FUNCTION, "main"));
  }

  @Test
  void rustUseTreesAttributesAndModules() {
    String code = "#![allow(dead_code)]\nuse std::{cmp::max, collections::{HashMap, HashSet}};\n"
        + "fn f<T: Ord>(v: &[T]) -> usize where T: Clone { v.len() }\n"
        + "#[cfg(test)]\nmod tests {\n    use super::*;\n}\n";

    List<Item> items = TopLevelItems.of(code, Language.RUST);

    assertThat(items).extracting(Item::kind, Item::name, Item::isDefinition).containsExactly(
        tuple(Kind.IMPORT, "", false), tuple(Kind.FUNCTION, "f", true), tuple(Kind.MODULE, "tests", true));
    assertThat(code.substring(items.get(0).start(), items.get(0).end())).startsWith("#![allow").endsWith("};");
  }
}
