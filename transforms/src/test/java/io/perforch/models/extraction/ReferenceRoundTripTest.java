package io.perforch.models.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.effibench.EffiBenchXLoader;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.datasets.testing.SharedData;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reference solution, fenced the way the simulated fleet and many chat models reply, comes back
 * exactly as it is and in its own form: continuations stay continuations (no repair changes them) and
 * EffiBench-X programs stay programs. Covers every problem of HumanEval-X and the sample dataset; nothing
 * is executed.
 */
class ReferenceRoundTripTest {
  private final CodeExtractor extractor = new CodeExtractor();

  @Test
  void humanEvalXAndSampleReferencesComeBackUnchanged() {
    List<Problem> problems = new ArrayList<>(new SampleDataset().load());
    for (Language language : Language.values()) {
      problems.addAll(new HumanEvalXLoader().load(SharedData.humanEvalX(language.id()).toString()));
    }
    assertThat(problems).hasSize(14 * 5 + 164 * 5);

    assertRoundTrips(problems);
  }

  @Test
  void effiBenchProgramsComeBackUnchanged() {
    List<Problem> problems = new EffiBenchXLoader().load(SharedData.effiBenchSample().toString());
    assertThat(problems).isNotEmpty();

    assertRoundTrips(problems);
  }

  private void assertRoundTrips(List<Problem> problems) {
    List<String> changed = new ArrayList<>();
    for (Problem problem : problems) {
      for (ReferenceSolution reference : problem.getSolutions()) {
        String reply = "Here is the code.\n\n```" + ChatReplies.tag(Language.of(problem)) + "\n"
            + reference.getCode().stripTrailing() + "\n```\n";
        Extraction extraction = extractor.extract(problem, reply);
        CodeForm expected = Submission.defaultForm(problem);
        boolean same = extraction.hasCode() && extraction.form() == expected
            && extraction.code().strip().equals(reference.getCode().strip());
        if (!same) {
          changed.add(problem.getTaskId() + " " + reference.getLabel() + ": " + extraction.form() + " "
              + extraction.detail() + (extraction.hasCode() ? "\n" + extraction.code() : ""));
        }
      }
    }
    assertThat(changed).as(String.join("\n\n", changed)).isEmpty();
  }
}
