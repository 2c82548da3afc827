package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code perforch validate}: runs a dataset's reference solutions against its own tests. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Run each problem's reference solution in the sandbox and report, per language, "
        + "how many pass and why the others do not.",
    footer = {
      "",
      "Examples:",
      "  perforch validate --dataset sample",
      "  perforch validate --dataset humaneval-x --path ../shared/datasets/humaneval-x --languages python,cpp",
      "  perforch validate --dataset sample --labels canonical,slow --repeats 5 --out runs/validate",
      "  perforch validate --dataset humaneval-x --path ../shared/datasets/humaneval-x --languages go --check-flaky 10"
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatasetOptions source;

  @Option(names = "--labels", paramLabel = "LABEL[,LABEL...]", split = ",", defaultValue = "canonical",
      description = "Reference solutions to run (default: canonical; the sample also has slow).")
  List<String> labels;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Only the first N problems of each language (default: all).")
  int limit;

  @Option(names = "--out", paramLabel = "DIR", description = "Write results.jsonl and results.avro here.")
  String out;

  @Option(names = "--swap", description = "Negative control: judge each problem with the reference solution "
      + "of the next problem of the same language. Every such run should fail; the share that does shows "
      + "how well the tests detect wrong code.")
  boolean swap;

  @Option(names = "--write-programs", paramLabel = "DIR",
      description = "Write each assembled program to DIR/<language>/<task>/ and exit without running "
          + "anything (to inspect them, or to run them with other tools).")
  java.nio.file.Path writePrograms;

  @Mixin ExecutionOptions execution;

  @Mixin FlakyCheckOption flakyCheck;

  @Override
  public Integer call() {
    List<Problem> problems = Limits.firstPerLanguage(source.load(), limit);
    List<Submission> submissions = swap ? SwappedSubmissions.of(problems) : references(problems);
    PrintWriter stdout = spec.commandLine().getOut();
    if (submissions.isEmpty()) {
      throw new UserFacingException("no reference solutions labelled " + labels + " in " + source.dataset);
    }
    if (writePrograms != null) {
      int written = ProgramFiles.write(writePrograms, submissions, execution.assembly());
      stdout.println("Wrote " + written + " programs under " + writePrograms);
      return 0;
    }
    ExecutionSettings settings = flakyCheck.applyTo(execution.settings());
    spec.commandLine().getErr().printf("Validating %d %s solutions with %d workers (sandbox: %s, assembly: %s)%n",
        submissions.size(), swap ? "swapped" : "reference", settings.workers(), settings.sandbox().mode(),
        settings.assembly().id());
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), submissions.size());
    List<ExecutionResult> results;
    try (Executor executor = new Executor(settings)) {
      results = executor.executeAll(submissions, progress::accept);
    }
    if (swap) {
      ResultSummary.printNegativeControl(stdout, results);
    } else {
      ResultSummary.print(stdout, results);
      ResultSummary.printTimings(stdout, results);
    }
    boolean foundFlaky = !FlakyReport.print(stdout, results, flakyCheck.runs).isEmpty();
    if (out != null) {
      stdout.println();
      stdout.println("Results: " + String.join(", ", ResultFiles.write(out, results)));
    }
    return foundFlaky && flakyCheck.requested() ? FlakyReport.FOUND_FLAKY : 0;
  }

  private List<Submission> references(List<Problem> problems) {
    List<Submission> submissions = new ArrayList<>();
    for (Problem problem : problems) {
      for (String label : labels) {
        if (problem.getSolutions().stream().anyMatch(s -> s.getLabel().equals(label))) {
          submissions.add(Submission.reference(problem, label));
        }
      }
    }
    return submissions;
  }
}
