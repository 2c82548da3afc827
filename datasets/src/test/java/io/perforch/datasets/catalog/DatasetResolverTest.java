package io.perforch.datasets.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetResolverTest {
  @TempDir Path tmp;
  private final DatasetResolver resolver = new DatasetResolver();

  @Test
  void aNamedDatasetReadsTheRequestedLanguagesFromAFolder() {
    List<Problem> problems = resolver.load(DatasetResolver.Request.of("humaneval-x")
        .withPath(SharedData.humanEvalX().toString())
        .withLanguages(List.of(Language.RUST, Language.GO)));

    assertThat(problems).hasSize(2 * 164);
    assertThat(problems).extracting(Problem::getLanguage).containsOnly("rust", "go");
  }

  @Test
  void aPathIsRecognisedByItsFields() {
    List<Problem> humanEval = resolver.load(DatasetResolver.Request.of(SharedData.humanEvalX("cpp").toString()));
    List<Problem> effiBench = resolver.load(DatasetResolver.Request.of(SharedData.effiBenchSample().toString())
        .withLanguages(List.of(Language.JAVA)));

    assertThat(humanEval).hasSize(164).allSatisfy(p -> assertThat(p.getDataset()).isEqualTo("humaneval-x"));
    assertThat(effiBench).singleElement().satisfies(p -> assertThat(p.getTaskId()).isEqualTo("Java/aizu_1444"));
  }

  @Test
  void aFolderOfEffiBenchFilesLoads() throws Exception {
    Files.copy(SharedData.effiBenchSample(), tmp.resolve("aizu_1444_yokohama-phenomena.json"));

    assertThat(resolver.load(DatasetResolver.Request.of("effibench-x").withPath(tmp.toString()))).hasSize(4);
    assertThat(resolver.load(DatasetResolver.Request.of(tmp.toString()))).hasSize(4);
  }

  @Test
  void aMissingLocalCopySaysHowToGetOne() {
    assertThatThrownBy(() -> resolver.load(DatasetResolver.Request.of("humaneval-x")
            .withPath(tmp.resolve("absent").toString())))
        .isInstanceOf(DatasetNotFoundException.class)
        .hasMessageContaining("humaneval-x is not present in " + tmp.resolve("absent"))
        .hasMessageContaining("perforch datasets fetch humaneval-x")
        .hasMessageContaining("--path");
    assertThatThrownBy(() -> resolver.load(DatasetResolver.Request.of("humaneval-x").withPath(tmp.toString())))
        .hasMessageContaining("looked for " + tmp + "/humaneval_python.jsonl*");
  }

  @Test
  void anUnrecognisedFileAsksForTheFormat() throws Exception {
    Path file = tmp.resolve("odd.jsonl");
    Files.writeString(file, "{\"question\": \"?\"}\n");

    assertThatThrownBy(() -> resolver.load(DatasetResolver.Request.of(file.toString())))
        .hasMessageContaining(file + ":1: cannot tell the dataset format")
        .hasMessageContaining("--format");
  }

  @Test
  void theSampleIsBuiltIn() {
    assertThat(resolver.load(DatasetResolver.Request.of("sample").withLanguages(List.of(Language.CPP))))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getLanguage()).isEqualTo("cpp"));
  }
}
