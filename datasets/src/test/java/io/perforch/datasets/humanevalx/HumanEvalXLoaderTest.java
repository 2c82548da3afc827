package io.perforch.datasets.humanevalx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HumanEvalXLoaderTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Language.class)
  void loadsAll164ProblemsOfEachLanguage(Language language) {
    List<Problem> problems = new HumanEvalXLoader().load(SharedData.humanEvalX(language.id()).toString());

    assertThat(problems).hasSize(164);
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.getLanguage()).isEqualTo(language.id());
      assertThat(p.getDataset()).isEqualTo("humaneval-x");
      assertThat(p.getShape()).isEqualTo(ProgramShape.COMPLETION);
      assertThat(p.getPrompt()).isNotBlank();
      assertThat(p.getTest()).isNotBlank();
      assertThat(p.getSolutions()).extracting(s -> s.getLabel()).containsExactly("canonical");
      assertThat(p.getEntryPoint()).as("entry point of %s", p.getTaskId()).isNotBlank();
    });
    assertThat(problems.get(12).getTaskId()).isEqualTo(language.humanEvalPrefix() + "/12");
    assertThat(problems.get(12).getProblemId()).isEqualTo("HumanEval/12");
  }

  @Test
  void findsTheEntryPointEachLanguageDeclares() {
    assertThat(entryPointOf(Language.PYTHON, 0)).isEqualTo("has_close_elements");
    assertThat(entryPointOf(Language.JAVA, 0)).isEqualTo("hasCloseElements");
    assertThat(entryPointOf(Language.CPP, 0)).isEqualTo("has_close_elements");
    assertThat(entryPointOf(Language.GO, 0)).isEqualTo("HasCloseElements");
    assertThat(entryPointOf(Language.RUST, 0)).isEqualTo("has_close_elements");
  }

  @Test
  void keepsGoImportAndTestSetup() {
    Problem go0 = new HumanEvalXLoader().load(SharedData.humanEvalX("go").toString()).get(0);

    assertThat(go0.getImports()).contains("\"math\"");
    assertThat(go0.getTestSetup()).startsWith("package main").contains("github.com/stretchr/testify/assert");
  }

  @Test
  void readsGzippedFilesAndSkipsJavaScript() throws IOException {
    Path gz = tmp.resolve("humaneval_rust.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(SharedData.humanEvalX("rust")));
    }
    Files.copy(SharedData.humanEvalX().resolve("humaneval_js.jsonl"), tmp.resolve("humaneval_js.jsonl"));

    List<Problem> problems = new HumanEvalXLoader().load(tmp + "/humaneval_*");

    assertThat(problems).hasSize(164).allSatisfy(p -> assertThat(p.getLanguage()).isEqualTo("rust"));
  }

  @Test
  void malformedJsonNamesFileAndLine() throws IOException {
    Path file = tmp.resolve("broken.jsonl");
    Files.writeString(file, row("Python/0") + "\n" + row("Python/1") + "\n{\"task_id\": \"Python/2\", \n");

    assertThatThrownBy(() -> new HumanEvalXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":3: not valid JSON")
        .satisfies(e -> assertThat(((DatasetFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void missingFieldNamesFileLineAndField() throws IOException {
    Path file = tmp.resolve("missing.jsonl");
    Files.writeString(file, row("Java/0") + "\n\n" + row("Java/1").replace("\"prompt\"", "\"prompty\"") + "\n");

    assertThatThrownBy(() -> new HumanEvalXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(file + ":3: field 'prompt': missing (required)");
  }

  @Test
  void wrongTypeAndBadTaskIdAreNamed() throws IOException {
    Path wrongType = tmp.resolve("type.jsonl");
    Files.writeString(wrongType, row("Go/0").replace("\"test\": \"t\"", "\"test\": 42") + "\n");
    Path badId = tmp.resolve("id.jsonl");
    Files.writeString(badId, row("Cobol/7") + "\n");

    assertThatThrownBy(() -> new HumanEvalXLoader().load(wrongType.toString()))
        .hasMessage(wrongType + ":1: field 'test': expected a string but found number");
    assertThatThrownBy(() -> new HumanEvalXLoader().load(badId.toString()))
        .hasMessageStartingWith(badId + ":1: field 'task_id': language 'Cobol' is not one PerfOrch runs");
  }

  @Test
  void bytesThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
    Path file = tmp.resolve("latin1.jsonl");
    byte[] second = row("Python/1").replace("\"prompt\": \"", "\"prompt\": \"caf\u00e9 ")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((row("Python/0") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(second);
      out.write('\n');
    }

    assertThatThrownBy(() -> new HumanEvalXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":2: not UTF-8 text (byte 0xE9 at column ");
  }

  @Test
  void aRepeatedTaskIdIsNamedWithBothLines() throws IOException {
    Path file = tmp.resolve("twice.jsonl");
    Files.writeString(file, row("Python/0") + "\n" + row("Python/1") + "\n" + row("Python/0") + "\n");

    assertThatThrownBy(() -> new HumanEvalXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(file + ":3: field 'task_id': duplicate task id 'Python/0' (first at " + file + ":1)");
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> new HumanEvalXLoader().load(tmp.resolve("nope.jsonl").toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("nope.jsonl: no such file");
  }

  private static String entryPointOf(Language language, int index) {
    return new HumanEvalXLoader().load(SharedData.humanEvalX(language.id()).toString()).get(index).getEntryPoint();
  }

  private static String row(String taskId) {
    return new String(
        ("{\"task_id\": \"" + taskId + "\", \"prompt\": \"p\", \"declaration\": \"def f(x):\\n\", "
            + "\"canonical_solution\": \"    return x\\n\", \"test\": \"t\", \"example_test\": \"\"}")
            .getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
  }
}
