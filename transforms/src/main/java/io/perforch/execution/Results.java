package io.perforch.execution;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.Program;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.util.List;

/** Starting points for {@link ExecutionResult}s: the identity of what ran, before what happened. */
public final class Results {
  /** Output kept in a result; the fix stage shows it to a model, so a little goes a long way. */
  public static final int KEPT_OUTPUT_CHARS = 8 * 1024;

  private Results() {}

  public static ExecutionResult.Builder forSubmission(Submission submission, String toolchain, String sandbox) {
    Problem problem = submission.problem();
    return ExecutionResult.newBuilder()
        .setDataset(problem.getDataset())
        .setTaskId(problem.getTaskId())
        .setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage())
        .setLabel(submission.label())
        .setCodeSha256(Program.sha256(submission.code()))
        .setVerdict(Verdict.SANDBOX_ERROR)
        .setMessage("")
        .setStdout("")
        .setStderr("")
        .setCompileOutput("")
        .setWallNanosSamples(List.of())
        .setToolchain(toolchain)
        .setSandbox(sandbox);
  }

  /** A result that never got as far as running the program. */
  public static ExecutionResult notRun(Submission submission, Verdict verdict, String message, String sandbox) {
    return forSubmission(submission, "", sandbox).setVerdict(verdict).setMessage(message).build();
  }

  /** Keeps the head and the tail of long output, where compilers and tracebacks put what matters. */
  public static String clip(String text) {
    if (text.length() <= KEPT_OUTPUT_CHARS) {
      return text;
    }
    int half = KEPT_OUTPUT_CHARS / 2;
    return text.substring(0, half) + "\n... [" + (text.length() - KEPT_OUTPUT_CHARS) + " characters cut] ...\n"
        + text.substring(text.length() - half);
  }

  /** The first non-blank line, for one-line messages. */
  public static String firstLine(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
  }
}
