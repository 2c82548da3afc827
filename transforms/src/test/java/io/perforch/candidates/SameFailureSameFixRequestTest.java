package io.perforch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.execution.CodeForm;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.Sandboxes;
import io.perforch.models.ChatMessage;
import io.perforch.models.ModelSpec;
import io.perforch.models.fleet.FleetLoader;
import io.perforch.models.prompts.StagePrompts;
import io.perforch.models.simulated.SimulatedModelClient;
import io.perforch.models.store.ResponseStore;
import io.perforch.models.store.StoreMode;
import io.perforch.models.store.StoredModelClient;
import io.perforch.profiling.TestCandidates;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same failing programs, run twice in two cache folders (as two profile runs would), must give the same
 * fix requests byte for byte: the second run's are answered by the response store, and no host folder is
 * quoted to the model. The programs print what differs between runs: tracebacks through the build folder,
 * pointers, identity hashes, temp names, goroutines and timings.
 */
class SameFailureSameFixRequestTest {
  /** Failing solutions of the sample's count_primes, one per language. */
  private static final Map<String, String> FAILING = Map.of(
      "Python/count_primes", "import tempfile\n\ndef count_primes(n):\n"
          + "    raise ValueError('bad %r in %s' % (object(), tempfile.mkdtemp()))\n",
      "Java/count_primes", "class Solution {\n    public int countPrimes(int n) {\n"
          + "        throw new IllegalStateException(\"bad \" + new Object() + \" \" + new int[1]);\n    }\n}\n",
      "CPP/count_primes", "#include<stdio.h>\nint count_primes(int n){\n"
          + "    int x = n; fprintf(stderr, \"at %p\\n\", (void*)&x); return 1;\n}\n",
      "Go/count_primes", "func CountPrimes(n int) int {\n    s := 0\n"
          + "    for i := 0; i < 20000000; i++ {\n        s += i % 7\n    }\n    a := []int{s}\n    return a[n+7]\n}\n",
      "Rust/count_primes", "fn count_primes(n: i32) -> i32 {\n    let x = n;\n"
          + "    println!(\"{:p}\", &x);\n    panic!(\"bad {}\", n)\n}\n");

  @TempDir Path dir;

  @Test
  void theSecondRunsFixRequestsComeFromTheStore() throws Exception {
    ModelSpec fixer = FleetLoader.load(Path.of("..", "runner-configs", "models", "simulated.yaml").toString())
        .models().stream().filter(model -> model.id().equals("sim-fixer")).findFirst().orElseThrow();
    List<Problem> problems = new SampleDataset().load().stream()
        .filter(problem -> FAILING.containsKey(problem.getTaskId())).toList();
    List<Submission> failing = problems.stream()
        .map(problem -> new Submission(problem, "failing", FAILING.get(problem.getTaskId()), CodeForm.SOLUTION))
        .toList();
    assertThat(failing).hasSize(5);

    List<ExecutionResult> first = run(failing, dir.resolve("cache-a"));
    List<ExecutionResult> second = run(failing, dir.resolve("cache-b"));

    ResponseStore store = new ResponseStore(dir.resolve("responses").toString());
    for (int i = 0; i < failing.size(); i++) {
      Submission submission = failing.get(i);
      assertThat(first.get(i).getVerdict()).as(submission.problem().getTaskId()).isNotEqualTo(Verdict.PASSED)
          .isEqualTo(second.get(i).getVerdict());
      List<ChatMessage> firstRequest = fixRequest(submission, first.get(i));
      List<ChatMessage> secondRequest = fixRequest(submission, second.get(i));

      assertThat(secondRequest).as(submission.problem().getTaskId()).isEqualTo(firstRequest);
      assertThat(firstRequest.get(1).content()).as(submission.problem().getTaskId())
          .doesNotContain(dir.toString()).doesNotContain("/build/");

      var client = new StoredModelClient(fixer, new SimulatedModelClient(fixer), store, StoreMode.CACHE);
      CandidateAuthor.Authored recorded = new CandidateAuthor().write(submission.problem(), fix(first.get(i), submission, fixer), client);
      CandidateAuthor.Authored replayed = new CandidateAuthor().write(submission.problem(), fix(second.get(i), submission, fixer), client);
      assertThat(recorded.fromStore()).isFalse();
      assertThat(replayed.fromStore()).as(submission.problem().getTaskId()).isTrue();
      assertThat(replayed.candidate().getPromptSha256()).isEqualTo(recorded.candidate().getPromptSha256());
    }
  }

  private static List<ExecutionResult> run(List<Submission> submissions, Path cache) {
    try (Executor executor = new Executor(ExecutionSettings.defaults(Sandboxes.create("bwrap")).withCacheRoot(cache))) {
      return executor.executeAll(submissions, result -> { });
    }
  }

  private static List<ChatMessage> fixRequest(Submission submission, ExecutionResult result) {
    return new StagePrompts().fix(submission, result.getVerdict(), CandidateAuthor.outputOf(result));
  }

  /** The fix task of a generated candidate that failed as {@code result} says. */
  private static StageTask fix(ExecutionResult result, Submission submission, ModelSpec model) {
    Candidate parent = TestCandidates.candidate("generate", submission.problem().getTaskId(), 0)
        .setDataset(submission.problem().getDataset())
        .setProblemId(submission.problem().getProblemId())
        .setLanguage(submission.problem().getLanguage())
        .setCode(submission.code())
        .setForm("solution")
        .setResult(result)
        .build();
    return StageTask.newBuilder().setStage("fix").setModel(model.id()).setSample(0).setParent(parent).build();
  }
}
