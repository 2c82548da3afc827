package io.perforch.datasets.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The category file format: what it accepts, how it fails, and how categories reach problems. */
class ProblemCategoriesTest {
  @TempDir Path tmp;

  @Test
  void readsIdsAndCategoriesInFileOrderSkippingCommentsAndBlankLines() {
    ProblemCategories categories = ProblemCategories.parse("mine.csv", """
        \uFEFF# my own labels
        problem_id , category , note

        X/2,parsing,"reads a, b and c"
        # X/3 undecided
        X/1 , simulation
        """);

    assertThat(categories.asMap()).containsExactly(
        Map.entry("X/2", Category.PARSING), Map.entry("X/1", Category.SIMULATION));
    assertThat(categories.categoryOf("X/3")).isEmpty();
    assertThat(categories.source()).isEqualTo("mine.csv");
  }

  @Test
  void anUnknownCategoryNamesFileLineAndColumn() {
    assertThatThrownBy(() -> ProblemCategories.parse("mine.csv",
            "# comment\nproblem_id,category\nX/1,parsing\n\nX/2,geometry\n"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith("mine.csv:5: field 'category': unknown category 'geometry' (known: ")
        .hasMessageContaining("dynamic_programming");
  }

  @Test
  void aCategoryIdIsMatchedExactly() {
    assertThatThrownBy(() -> ProblemCategories.parse("mine.csv", "problem_id,category\nX/1,Parsing\n"))
        .hasMessageStartingWith("mine.csv:2: field 'category': unknown category 'Parsing'");
  }

  @Test
  void aProblemListedTwiceIsRejectedWithBothLines() {
    assertThatThrownBy(() -> ProblemCategories.parse("mine.csv",
            "problem_id,category,note\nX/1,parsing,\nX/2,simulation,\nX/1,parsing,again\n"))
        .hasMessage("mine.csv:4: field 'problem_id': 'X/1' is listed twice (first on line 2)");
  }

  @Test
  void missingOrEmptyFieldsAreRejectedByLine() {
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "problem_id,category\nX/1\n"))
        .hasMessageStartingWith("m.csv:2: expected problem_id,category[,note] but found 1 field(s)");
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "problem_id,category\n ,parsing\n"))
        .hasMessage("m.csv:2: field 'problem_id': empty");
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "problem_id,category\nX/1, \n"))
        .hasMessage("m.csv:2: field 'category': empty");
  }

  @Test
  void aNoteWithUnquotedCommasOrAnOpenQuoteIsRejected() {
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "problem_id,category,note\nX/1,parsing,a, b\n"))
        .hasMessageContaining("m.csv:2: expected problem_id,category[,note] but found 4 field(s)")
        .hasMessageContaining("quote a note that contains commas");
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "problem_id,category\nX/1,parsing,\"a, b\n"))
        .hasMessage("m.csv:2: a quoted field is not closed");
  }

  @Test
  void theHeaderIsRequired() {
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "X/1,parsing\n"))
        .hasMessage("m.csv:1: expected the header problem_id,category,note but found \"X/1,parsing\"");
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "# only a comment\n\n"))
        .hasMessage("m.csv: empty: expected the header problem_id,category,note");
    assertThatThrownBy(() -> ProblemCategories.parse("m.csv", "problem_id,category,note\n"))
        .hasMessage("m.csv: lists no problems (only a header)");
  }

  @Test
  void aUsersFileIsReadThroughFileSystemsAndErrorsNameIt() throws IOException {
    Path good = tmp.resolve("labels.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(good))) {
      out.write("problem_id,category\nHumanEval/0,parsing\n".getBytes(StandardCharsets.UTF_8));
    }
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "problem_id,category\nHumanEval/0,parsing\nHumanEval/1,maths\n");

    assertThat(ProblemCategories.read(good.toString()).categoryOf("HumanEval/0")).contains(Category.PARSING);
    assertThatThrownBy(() -> ProblemCategories.read(bad.toString()))
        .hasMessageStartingWith(bad + ":3: field 'category': unknown category 'maths'");
    assertThatThrownBy(() -> ProblemCategories.read(tmp + "/*"))
        .hasMessageContaining("matches 2 files; name one category file");
    assertThatThrownBy(() -> ProblemCategories.read(tmp.resolve("absent.csv").toString()))
        .hasMessageContaining("no such file");
  }

  @Test
  void applyingFillsOnlyMissingCategoriesOfListedProblems() {
    ProblemCategories categories = ProblemCategories.parse("m.csv",
        "problem_id,category\nHumanEval/0,sorting_searching\nHumanEval/1,parsing\n");
    Problem unlabelled = problem("Python/0", "HumanEval/0", null);
    Problem blank = problem("Java/0", "HumanEval/0", " ");
    Problem ownCategory = problem("Python/1", "HumanEval/1", "string_processing");
    Problem unlisted = problem("Python/2", "HumanEval/2", null);

    int applied = categories.applyTo(List.of(unlabelled, blank, ownCategory, unlisted));

    assertThat(applied).isEqualTo(2);
    assertThat(unlabelled.getCategory()).isEqualTo("sorting_searching");
    assertThat(blank.getCategory()).isEqualTo("sorting_searching");
    assertThat(ownCategory.getCategory()).isEqualTo("string_processing");
    assertThat(unlisted.getCategory()).isNull();
  }

  @Test
  void onlyDatasetsWithAShippedFileHaveBuiltInCategories() {
    assertThat(ProblemCategories.builtIn("humaneval-x")).isPresent();
    assertThat(ProblemCategories.builtIn("effibench-x")).isEmpty();
    assertThat(ProblemCategories.builtIn("sample")).isEmpty();
    assertThat(ProblemCategories.builtIn("../sample/index")).isEmpty();
    assertThat(ProblemCategories.builtIn(null)).isEmpty();
  }

  private static Problem problem(String taskId, String problemId, String category) {
    return Problem.newBuilder()
        .setDataset("humaneval-x")
        .setTaskId(taskId)
        .setProblemId(problemId)
        .setLanguage("python")
        .setPrompt("def f():\n")
        .setCategory(category)
        .build();
  }
}
