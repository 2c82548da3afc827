package io.perforch.models.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {
  @Test
  void fillsEveryPlaceholderOnceWithoutExpandingValues() {
    PromptTemplate template = new PromptTemplate("t.txt", "Write {{language}}:\n```{{tag}}\n{{code}}\n```\n");

    String rendered = template.render(Map.of("language", "Go", "tag", "go",
        "code", "m := map[string]int{} // {{tag}} $1 \\n", "unused", "x"));

    assertThat(rendered).isEqualTo("Write Go:\n```go\nm := map[string]int{} // {{tag}} $1 \\n\n```\n");
    assertThat(template.placeholders()).containsExactly("language", "tag", "code");
  }

  @Test
  void placeholderWithoutAValueIsAnErrorNamingTemplateLineAndName() {
    PromptTemplate template = new PromptTemplate("classpath:fix.txt", "Fix it.\n\n{{verdict}}: {{ouptut}}\n");

    assertThatThrownBy(() -> template.render(Map.of("verdict", "FAILED", "output", "boom")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classpath:fix.txt line 3: unknown placeholder {{ouptut}} (this prompt fills [output, verdict])");
  }

  @Test
  void malformedPlaceholdersAreRejectedWhenTheTemplateIsRead() {
    assertThatThrownBy(() -> new PromptTemplate("g.txt", "ok {{name}}\nthen {{ Entry Point }} and {{x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("g.txt: malformed placeholder (expected {{lower_case_name}}) at line 2: {{ Entry Point }} and {{x;"
            + " line 2: {{x");
  }
}
