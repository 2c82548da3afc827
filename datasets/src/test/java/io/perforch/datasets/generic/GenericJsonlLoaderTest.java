package io.perforch.datasets.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.effibench.EffiBenchXLoader;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.io.AvroJson;
import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericJsonlLoaderTest {
  @TempDir Path tmp;

  @Test
  void problemsRoundTripThroughPlainJson() throws IOException {
    List<Problem> original = new ArrayList<>();
    original.addAll(new HumanEvalXLoader().load(SharedData.humanEvalX("go").toString()).subList(0, 3));
    original.addAll(new EffiBenchXLoader().load(SharedData.effiBenchSample().toString()));
    Path file = tmp.resolve("problems.jsonl");
    Files.writeString(file, original.stream().map(p -> AvroJson.toJson(p).toString())
        .collect(Collectors.joining("\n")) + "\n");

    assertThat(new GenericJsonlLoader().load(file.toString())).isEqualTo(original);
  }

  @Test
  void optionalFieldsMayBeLeftOut() throws IOException {
    Path file = tmp.resolve("mine.jsonl");
    Files.writeString(file, "{\"dataset\": \"mine\", \"taskId\": \"t1\", \"problemId\": \"p1\", "
        + "\"language\": \"golang\", \"prompt\": \"Write Add.\", \"test\": \"func TestAdd(t *testing.T) {}\"}\n");

    Problem problem = new GenericJsonlLoader().load(file.toString()).get(0);

    assertThat(problem.getLanguage()).isEqualTo("go");
    assertThat(problem.getSolutions()).isEmpty();
    assertThat(problem.getStdio()).isNull();
  }

  @Test
  void aRepeatedTaskIdInAnotherFileOfTheGlobIsNamed() throws IOException {
    String row = "{\"dataset\": \"mine\", \"taskId\": \"t1\", \"problemId\": \"p1\", "
        + "\"language\": \"go\", \"prompt\": \"x\", \"test\": \"t\"}\n";
    Files.writeString(tmp.resolve("a.jsonl"), row);
    Files.writeString(tmp.resolve("b.jsonl"), "\n" + row);

    assertThatThrownBy(() -> new GenericJsonlLoader().load(tmp + "/*.jsonl"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(tmp.resolve("b.jsonl") + ":2: field 'taskId': duplicate task id 't1' (first at "
            + tmp.resolve("a.jsonl") + ":1)");
  }

  @Test
  void errorsNameTheFieldPath() throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(file, "{\"dataset\": \"mine\", \"taskId\": \"t1\", \"problemId\": \"p1\", "
        + "\"language\": \"go\", \"prompt\": \"x\", \"solutions\": [{\"label\": \"canonical\"}]}\n");
    Path badLanguage = tmp.resolve("lang.jsonl");
    Files.writeString(badLanguage, "{\"dataset\": \"mine\", \"taskId\": \"t1\", \"problemId\": \"p1\", "
        + "\"language\": \"cobol\", \"prompt\": \"x\"}\n");

    assertThatThrownBy(() -> new GenericJsonlLoader().load(file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(file + ":1: field 'solutions[0].code': missing (required)");
    assertThatThrownBy(() -> new GenericJsonlLoader().load(badLanguage.toString()))
        .hasMessageStartingWith(badLanguage + ":1: field 'language': unknown language 'cobol'");
  }
}
