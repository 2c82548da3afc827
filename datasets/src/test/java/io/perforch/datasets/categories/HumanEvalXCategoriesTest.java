package io.perforch.datasets.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped HumanEval-X category file, and that it reaches every problem loaded the normal way. */
class HumanEvalXCategoriesTest {
  private static final int PROBLEMS = 164;

  @TempDir Path tmp;

  private final ProblemCategories shipped = ProblemCategories.builtIn("humaneval-x").orElseThrow();

  @Test
  void theShippedFileListsHumanEval0To163OnceEachInOrder() {
    List<String> expected = IntStream.range(0, PROBLEMS).mapToObj(n -> "HumanEval/" + n).toList();

    // Parsing already rejects duplicates and unknown categories; this pins the exact id set.
    assertThat(shipped.asMap().keySet()).containsExactlyElementsOf(expected);
    assertThat(shipped.source()).isEqualTo("classpath:io/perforch/datasets/categories/humaneval-x.csv");
  }

  @Test
  void everyCategoryHasSeveralProblems() {
    Map<Category, Long> distribution = new EnumMap<>(Category.class);
    shipped.asMap().values().forEach(c -> distribution.merge(c, 1L, Long::sum));

    assertThat(distribution.keySet()).containsExactlyInAnyOrder(Category.values());
    assertThat(distribution.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
    assertThat(distribution.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PROBLEMS);
  }

  @Test
  void theReadmeDefinesEveryCategoryWithATieBreak() throws IOException {
    String readme = resource("io/perforch/datasets/categories/README.md");

    for (Category category : Category.values()) {
      String row = readme.lines().filter(line -> line.startsWith("| `" + category.id() + "` |"))
          .findFirst().orElseThrow(() -> new AssertionError("README has no row for " + category.id()));
      assertThat(row.split("\\|")).as("id, definition and tie-break of %s", category.id())
          .filteredOn(cell -> !cell.isBlank()).hasSize(3);
    }
  }

  @Test
  void theSampleDatasetUsesTheSameTaxonomy() throws IOException {
    JsonNode index = DatasetFiles.json().readTree(resource("io/perforch/datasets/sample/index.json"));
    List<String> used = new ArrayList<>();
    index.forEach(entry -> used.add(entry.path("category").asText()));

    Set<String> known = Arrays.stream(Category.values()).map(Category::id).collect(Collectors.toSet());
    assertThat(used).isNotEmpty().allSatisfy(id -> assertThat(known).contains(id));
  }

  @Test
  void everyLanguageOfEveryProblemGetsTheSameCategoryThroughTheResolver() {
    List<Problem> problems = new DatasetResolver().load(
        DatasetResolver.Request.of("humaneval-x").withPath(SharedData.humanEvalX().toString()));

    assertThat(problems).hasSize(Language.values().length * PROBLEMS)
        .allSatisfy(p -> assertThat(p.getCategory()).as(p.getTaskId()).isNotNull());
    Map<String, Set<String>> categoriesById = problems.stream().collect(Collectors.groupingBy(
        Problem::getProblemId, Collectors.mapping(Problem::getCategory, Collectors.toSet())));
    assertThat(categoriesById).hasSize(PROBLEMS).allSatisfy((id, categories) ->
        assertThat(categories).as(id).containsExactly(shipped.categoryOf(id).orElseThrow().id()));
  }

  @Test
  void aSingleFileLoadedByPathIsCategorisedToo() {
    List<Problem> cpp = new DatasetResolver().load(
        DatasetResolver.Request.of(SharedData.humanEvalX("cpp").toString()));

    assertThat(cpp).hasSize(PROBLEMS);
    assertThat(cpp.get(160).getCategory()).isEqualTo("parsing");
    assertThat(cpp.get(114).getCategory()).isEqualTo("dynamic_programming");
  }

  @Test
  void aCategoryTheRowBringsIsNotOverwritten() throws IOException {
    Path file = tmp.resolve("humaneval_python.jsonl");
    Files.writeString(file,
        row("Python/0", "\"category\": \"simulation\", ") + "\n" + row("Python/2", "") + "\n");

    List<Problem> problems = new HumanEvalXLoader().load(file.toString());

    assertThat(problems).extracting(Problem::getCategory)
        .containsExactly("simulation", shipped.categoryOf("HumanEval/2").orElseThrow().id());
  }

  @Test
  void datasetsWithoutAShippedFileKeepTheirOwnCategories() {
    List<Problem> effiBench = new DatasetResolver().load(
        DatasetResolver.Request.of(SharedData.effiBenchSample().toString()));
    List<Problem> sample = new DatasetResolver().load(DatasetResolver.Request.of("sample"));

    assertThat(effiBench).isNotEmpty().allSatisfy(p -> assertThat(p.getCategory()).isNull());
    assertThat(sample).filteredOn(p -> p.getProblemId().equals("sample/min_coins"))
        .isNotEmpty().allSatisfy(p -> assertThat(p.getCategory()).isEqualTo("dynamic_programming"));
  }

  private static String row(String taskId, String extra) {
    return "{\"task_id\": \"" + taskId + "\", " + extra
        + "\"prompt\": \"def f():\\n\", \"canonical_solution\": \"    return 1\\n\", "
        + "\"test\": \"assert f() == 1\\n\"}";
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HumanEvalXCategoriesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
