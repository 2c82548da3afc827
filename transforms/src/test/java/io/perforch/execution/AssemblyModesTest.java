package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.execution.languages.Assembly;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways PerfOrch's old prelude made its pass rates incomparable with published ones, judged for
 * real: upstream's assembly rejects a C++ completion that uses a header nobody included and accepts a
 * Python completion that uses a module only upstream's fixed lines import; the lenient mode forgives.
 */
class AssemblyModesTest {
  @TempDir static Path cache;
  private static Executor upstream;
  private static Executor lenient;

  @BeforeAll
  static void startExecutors() {
    ExecutionSettings settings = ExecutionSettings.defaults(Sandboxes.create("bwrap")).withCacheRoot(cache);
    upstream = new Executor(settings);
    lenient = new Executor(settings.withAssembly(Assembly.LENIENT));
  }

  @AfterAll
  static void stopExecutors() {
    upstream.close();
    lenient.close();
  }

  @Test
  void aCppCompletionUsingUnorderedSetWithoutIncludingItFailsToCompileAsUpstreamButPassesLeniently() {
    String completion = "    std::unordered_set<int> seen{a, b};\n    return a + b;\n}\n";
    Submission submission = new Submission(Problems.add(Language.CPP), "gpt-4o-like", completion);

    ExecutionResult strict = upstream.execute(submission);
    ExecutionResult forgiving = lenient.execute(submission);

    assertThat(strict.getVerdict()).as(strict.toString()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(strict.getCompileOutput()).contains("unordered_set");
    assertThat(strict.getAssembly()).isEqualTo("upstream");
    assertThat(forgiving.getVerdict()).as(forgiving.toString()).isEqualTo(Verdict.PASSED);
    assertThat(forgiving.getAssembly()).isEqualTo("lenient");
  }

  @Test
  void aPythonCompletionUsingReWithoutImportingItPassesAsUpstream() {
    String completion = "    return int(re.sub(r'\\s', '', str(a + b)))\n";

    ExecutionResult result = upstream.execute(
        new Submission(Problems.add(Language.PYTHON), "gpt-3.5-like", completion));

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void upstreamCutsAPythonCompletionAtItsFirstUnindentedLine() {
    String completion = "    return helper(a, b)\n\ndef helper(a, b):\n    return a + b\n";
    Submission submission = new Submission(Problems.add(Language.PYTHON), "trailing-helper", completion);

    ExecutionResult strict = upstream.execute(submission);
    ExecutionResult forgiving = lenient.execute(submission);

    assertThat(strict.getVerdict()).as(strict.toString()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(strict.getStderr()).contains("NameError");
    assertThat(forgiving.getVerdict()).as(forgiving.toString()).isEqualTo(Verdict.PASSED);
  }
}
