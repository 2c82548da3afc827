package io.perforch.datasets.effibench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.datasets.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffiBenchXLoaderTest {
  @TempDir Path tmp;

  @Test
  void perProblemFileBecomesOneProblemPerLanguageWithASolution() {
    List<Problem> problems = new EffiBenchXLoader().load(SharedData.effiBenchSample().toString());

    // python3, java, cpp and golang solutions; javascript and ruby are not languages PerfOrch runs.
    assertThat(problems).extracting(Problem::getLanguage).containsExactly("python", "java", "cpp", "go");
    Problem python = problems.get(0);
    assertThat(python.getTaskId()).isEqualTo("Python/aizu_1444");
    assertThat(python.getProblemId()).isEqualTo("effibench-x/aizu_1444");
    assertThat(python.getShape()).isEqualTo(ProgramShape.FULL_PROGRAM);
    assertThat(python.getTitle()).isEqualTo("Yokohama Phenomena");
    assertThat(python.getPrompt()).startsWith("Yokohama Phenomena");
    assertThat(python.getTimeLimitMillis()).isEqualTo(2000L);
    assertThat(python.getMemoryLimitBytes()).isEqualTo(2_097_152_000L);
    assertThat(python.getSourceUrl()).contains("onlinejudge.u-aizu.ac.jp");
    assertThat(python.getSolutions()).extracting(ReferenceSolution::getLabel)
        .containsExactly("canonical", "canonical_runtime", "canonical_memory");
    assertThat(python.getSolutions().get(0).getCode()).startsWith("# ICPC_1444");
    assertThat(python.getStdio().getProblemType()).isEqualTo("io");
    assertThat(python.getStdio().getTestCases()).hasSize(100);
    assertThat(python.getStdio().getTestCases().get(0).getInput()).isEqualTo("2 4\nYOHA\nOKAM");
    assertThat(python.getStdio().getTestCases().get(0).getOutput()).isEqualTo("8");
    assertThat(python.getStdio().getEvaluator()).contains("def evaluate(expected_output: str, program_output: str)");
    assertThat(python.getStdio().getTestCaseGenerator()).contains("def generate_test_cases");
    assertThat(python.getStdio().getTestRunner()).isNull();
  }

  @Test
  void datasetRowsInJsonlLoadLikePerProblemFiles() throws IOException {
    ObjectNode row = sampleRow();
    row.set("generated_tests", DatasetFiles.json().readTree(row.get("generated_tests").asText()));
    Path jsonl = tmp.resolve("rows.jsonl");
    Files.writeString(jsonl, row.toString() + "\n" + row.put("id", "1445").toString() + "\n");

    List<Problem> problems = new EffiBenchXLoader().load(jsonl.toString());

    assertThat(problems).hasSize(8);
    assertThat(problems.get(4).getTaskId()).isEqualTo("Python/aizu_1445");
    assertThat(problems.get(0).getStdio().getTestCases()).hasSize(100);
  }

  @Test
  void functionalProblemsKeepTheirTestRunnerAndStarterCode() throws IOException {
    ObjectNode row = sampleRow();
    row.put("source", "leetcode").put("id", "1").put("type", "functional");
    ObjectNode runners = row.putObject("test_runners");
    runners.put("python3", "import sys\n==Code Submission==\nprint(Solution().twoSum(...))\n");
    runners.put("cpp", "#include <bits/stdc++.h>\n==Code Submission==\nint main(){}\n");
    row.putObject("starter_code").put("python3", "class Solution:\n    def twoSum(self, nums, target):\n");
    Path file = tmp.resolve("leetcode_1_two-sum.json");
    Files.writeString(file, row.toPrettyString());

    List<Problem> problems = new EffiBenchXLoader().load(file.toString());

    assertThat(problems).extracting(Problem::getLanguage).containsExactly("python", "cpp");
    assertThat(problems.get(0).getStdio().getTestRunner()).contains("==Code Submission==");
    assertThat(problems.get(0).getDeclaration()).startsWith("class Solution:");
    assertThat(problems.get(0).getStdio().getProblemType()).isEqualTo("functional");
  }

  @Test
  void brokenGeneratedTestsAreNamed() throws IOException {
    ObjectNode row = sampleRow();
    row.put("generated_tests", "[{\"input\": \"1\"}]");
    Path file = tmp.resolve("broken.jsonl");
    Files.writeString(file, "\n" + row.toString() + "\n");

    assertThatThrownBy(() -> new EffiBenchXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(file + ":2: field 'generated_tests': case 0 needs string fields \"input\" and \"output\"");
  }

  @Test
  void unknownProblemTypeIsNamed() throws IOException {
    Path file = tmp.resolve("type.jsonl");
    Files.writeString(file, sampleRow().put("type", "interactive").toString() + "\n");

    assertThatThrownBy(() -> new EffiBenchXLoader().load(file.toString()))
        .hasMessage(file + ":1: field 'type': expected \"io\" or \"functional\" but found \"interactive\"");
  }

  @Test
  void aProblemFileNotInUtf8IsNamedWithItsLine() throws IOException {
    Path file = tmp.resolve("aizu_1_caf.json");
    Files.write(file, "{\n  \"source\": \"aizu\",\n  \"title\": \"caf\u00e9\"\n}\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> new EffiBenchXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class).hasMessageStartingWith(file + ":3: not UTF-8 text (byte 0xE9");
  }

  @Test
  void theSameProblemTwiceIsNamed() throws IOException {
    Path file = tmp.resolve("rows.jsonl");
    Files.writeString(file, sampleRow().toString() + "\n" + sampleRow().toString() + "\n");

    assertThatThrownBy(() -> new EffiBenchXLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":2: field 'id': duplicate task id ");
  }

  private static ObjectNode sampleRow() throws IOException {
    return (ObjectNode) DatasetFiles.json().readTree(SharedData.effiBenchSample().toFile());
  }
}
