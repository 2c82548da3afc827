package io.perforch.datasets.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.EntryPoints;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDatasetTest {
  private static final Set<String> TAXONOMY = Set.of("string_processing", "arithmetic_number_theory",
      "list_array_processing", "sorting_searching", "parsing", "simulation", "dynamic_programming");

  private final List<Problem> problems = new SampleDataset().load();

  @Test
  void everyProblemComesInAllFiveLanguages() {
    Map<String, List<Problem>> byProblem = problems.stream().collect(Collectors.groupingBy(Problem::getProblemId));

    assertThat(byProblem).hasSizeGreaterThanOrEqualTo(12);
    assertThat(byProblem.values()).allSatisfy(translations ->
        assertThat(translations).extracting(Problem::getLanguage)
            .containsExactlyInAnyOrder("python", "java", "cpp", "go", "rust"));
  }

  @Test
  void problemsHaveWhatTheHarnessNeeds() {
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.getDataset()).isEqualTo("sample");
      assertThat(p.getTaskId()).isEqualTo(Language.of(p).humanEvalPrefix() + "/" + p.getProblemId().substring(7));
      assertThat(p.getPrompt()).isNotBlank();
      assertThat(p.getDeclaration()).isNotBlank();
      assertThat(p.getTest()).isNotBlank();
      assertThat(p.getExampleTest()).isNotBlank();
      assertThat(p.getCategory()).isIn(TAXONOMY);
      assertThat(p.getSolutions().get(0).getLabel()).isEqualTo("canonical");
      // the declared entry point is the function the declaration really declares
      assertThat(p.getEntryPoint()).isEqualTo(EntryPoints.find(Language.of(p), p.getDeclaration()));
    });
  }

  @Test
  void goProblemsCarryTheirTestSetup() {
    assertThat(problems).filteredOn(p -> p.getLanguage().equals("go")).allSatisfy(p -> {
      assertThat(p.getTestSetup()).startsWith("package main").contains("github.com/stretchr/testify/assert");
      assertThat(p.getImports()).isNotNull();
    });
  }

  @Test
  void efficiencySensitiveProblemsShipASlowReferenceInEveryLanguage() {
    List<Problem> sensitive = problems.stream()
        .filter(p -> p.getTags().contains(SampleDataset.EFFICIENCY_TAG)).collect(Collectors.toList());

    assertThat(sensitive.stream().map(Problem::getProblemId).distinct()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(sensitive).allSatisfy(p -> assertThat(p.getSolutions())
        .extracting(ReferenceSolution::getLabel).containsExactly("canonical", "slow"));
    assertThat(problems).filteredOn(p -> !p.getTags().contains(SampleDataset.EFFICIENCY_TAG))
        .allSatisfy(p -> assertThat(p.getSolutions()).hasSize(1));
  }
}
