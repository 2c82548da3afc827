package io.perforch.models.prompts;

import io.perforch.datasets.model.EntryPoints;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.execution.Submission;
import io.perforch.execution.model.Verdict;
import io.perforch.models.ChatMessage;
import io.perforch.models.Stage;
import io.perforch.models.extraction.CodeExtractor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conversations PerfOrch sends for each stage: a system message and one user message, both rendered
 * from {@link PromptTemplates}. Code in a prompt is always whole: a continuation is shown with the prompt
 * it continues, so that the model sees the function it is asked to fix or speed up.
 */
public final class StagePrompts {
  /** How much compiler and test output a fix prompt shows. */
  public static final int OUTPUT_CHARS = 4000;

  private final PromptTemplates templates;

  public StagePrompts() {
    this(PromptTemplates.standard());
  }

  public StagePrompts(PromptTemplates templates) {
    this.templates = templates;
  }

  /** Asks for a solution written from the problem's prompt. */
  public List<ChatMessage> generate(Problem problem) {
    return conversation(Stage.GENERATE, problem, common(problem));
  }

  /**
   * Asks for a corrected program.
   *
   * @param output the compiler's and the tests' output; what varies between runs of the same failure
   *     (host paths, addresses, timings: {@link FailureText}) is replaced, then it is shortened to
   *     {@value #OUTPUT_CHARS} characters
   * @throws IllegalArgumentException for a verdict that is not the program's failure
   */
  public List<ChatMessage> fix(Submission failing, Verdict verdict, String output) {
    Map<String, String> values = common(failing.problem());
    values.put("code", shown(failing.readableCode()));
    values.put("verdict", verdict.name());
    values.put("verdict_meaning", meaning(verdict));
    // the same failure must give the same request, or the response store misses and a model is paid again
    String reported = output == null || output.isBlank() ? "(no output)" : FailureText.normalise(output).strip();
    values.put("output", HeadAndTail.truncate(reported, OUTPUT_CHARS));
    return conversation(Stage.FIX, failing.problem(), values);
  }

  /** {@link #fix(Submission, Verdict, String)} for code in the executor's shape, its form read from it. */
  public List<ChatMessage> fix(Problem problem, String failingCode, Verdict verdict, String output) {
    return fix(asSubmission(problem, failingCode), verdict, output);
  }

  /**
   * Asks for a faster program that behaves the same.
   *
   * @param medianMillis the correct program's measured median wall time
   * @param peakMemoryBytes its peak resident memory; 0 when not measured
   */
  public List<ChatMessage> refine(Submission correct, double medianMillis, long peakMemoryBytes) {
    if (!(medianMillis >= 0)) {
      throw new IllegalArgumentException("medianMillis must be a time, got " + medianMillis);
    }
    Map<String, String> values = common(correct.problem());
    values.put("code", shown(correct.readableCode()));
    values.put("median_time", millis(medianMillis));
    values.put("peak_memory", peakMemoryBytes > 0 ? mebibytes(peakMemoryBytes) : "an unmeasured amount");
    return conversation(Stage.REFINE, correct.problem(), values);
  }

  /** {@link #refine(Submission, double, long)} for code in the executor's shape, its form read from it. */
  public List<ChatMessage> refine(Problem problem, String code, double medianMillis, long peakMemoryBytes) {
    return refine(asSubmission(problem, code), medianMillis, peakMemoryBytes);
  }

  /** The system template, then the stage's own (templates are named by {@link Stage#id()}). */
  private List<ChatMessage> conversation(Stage stage, Problem problem, Map<String, String> values) {
    String system = templates.forProblem("system", problem).render(values);
    String user = templates.forProblem(stage.id(), problem).render(values);
    return List.of(ChatMessage.system(system.strip()), ChatMessage.user(user.strip()));
  }

  /** What every template of a problem may use. */
  private static Map<String, String> common(Problem problem) {
    Language language = Language.of(problem);
    Map<String, String> values = new HashMap<>();
    values.put("language_name", LanguageNames.displayName(language));
    values.put("fence_tag", LanguageNames.fenceTag(language));
    if (problem.getShape() == ProgramShape.FULL_PROGRAM) {
      values.put("problem_statement", problem.getPrompt().strip());
      String starter = problem.getStdio() == null ? null : problem.getStdio().getStarterCode();
      values.put("starter_code", starter == null ? "" : starter.strip());
    } else {
      values.put("prompt_code", shown(Submission.continuedCode(problem)));
      values.put("entry_point", entryPoint(problem));
    }
    return values;
  }

  /** Code as a fence shows it: no blank lines around it, its indentation kept. */
  private static String shown(String code) {
    return code.replaceFirst("\\A(?:[ \\t]*\n)+", "").stripTrailing();
  }

  private static String entryPoint(Problem problem) {
    if (problem.getEntryPoint() != null) {
      return problem.getEntryPoint();
    }
    String declaration = problem.getDeclaration().isBlank() ? problem.getPrompt() : problem.getDeclaration();
    String found = EntryPoints.find(Language.of(problem), declaration);
    if (found == null) {
      throw new IllegalArgumentException(problem.getTaskId() + ": no entry point given, and none found in its "
          + "declaration or prompt");
    }
    return found;
  }

  private static Submission asSubmission(Problem problem, String code) {
    return new Submission(problem, "prompt", code, CodeExtractor.formOf(problem, code));
  }

  private static String meaning(Verdict verdict) {
    return switch (verdict) {
      case FAILED -> "it runs, but gives a wrong answer on a test";
      case COMPILE_ERROR -> "it does not compile";
      case RUNTIME_ERROR -> "it crashes with an error while running the tests";
      case TIMEOUT -> "it is too slow: it exceeded the time limit";
      case MEMORY_LIMIT -> "it uses too much memory: it exceeded the memory limit";
      case OUTPUT_LIMIT -> "it writes far too much output";
      case PASSED, TOOLCHAIN_MISSING, SANDBOX_ERROR -> throw new IllegalArgumentException(
          "a fix prompt needs the program's own failure, not " + verdict);
    };
  }

  private static String millis(double millis) {
    String format = millis >= 100 ? "%.0f ms" : millis >= 1 ? "%.1f ms" : "%.3f ms";
    return String.format(Locale.ROOT, format, millis);
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
