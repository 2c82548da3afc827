package io.perforch.cli;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.stats.PassAtK;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code perforch evaluate}: judges completions generated elsewhere and prints pass@k. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Judge completions generated elsewhere (JSONL with task_id, completion or generation) "
        + "against a dataset's tests and print pass@k per language.",
    footer = {
      "",
      "Examples:",
      "  perforch evaluate --dataset humaneval-x --path data/humaneval-x --samples samples.jsonl",
      "  perforch evaluate --dataset sample --samples my_model.jsonl --k 1,5 --out runs/my_model",
      "  perforch evaluate --dataset sample --samples my_model.jsonl --check-flaky 10"
    })
final class EvaluateCommand implements Callable<Integer> {
  private static final int MAX_ERRORS_LISTED = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatasetOptions source;

  @Option(names = "--samples", required = true, paramLabel = "FILE", description = "Samples JSONL (or glob).")
  String samples;

  @Option(names = "--k", paramLabel = "K[,K...]", split = ",", defaultValue = "1,10,100",
      converter = Counts.AtLeastOne.class,
      description = "pass@k to report, for each k no larger than the samples per task (default: 1,10,100).")
  List<Integer> ks;

  @Option(names = "--out", paramLabel = "DIR", description = "Write results.jsonl and results.avro here.")
  String out;

  @Mixin ExecutionOptions execution;

  @Mixin FlakyCheckOption flakyCheck;

  @Override
  public Integer call() {
    List<Problem> problems = source.load();
    SampleFile.Samples read = SampleFile.read(samples, problems);
    List<Submission> submissions = read.submissions();
    if (submissions.isEmpty()) {
      printProviderErrors(spec.commandLine().getErr(), read.providerErrors());
      throw new UserFacingException(samples + " holds no samples to judge"
          + (read.providerErrors().isEmpty() ? "" : ": every row is a provider error"));
    }
    ExecutionSettings settings = flakyCheck.applyTo(execution.settings());
    spec.commandLine().getErr().printf("Evaluating %d samples with %d workers (sandbox: %s)%n",
        submissions.size(), settings.workers(), settings.sandbox().mode());
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), submissions.size());
    List<ExecutionResult> results;
    try (Executor executor = new Executor(settings)) {
      results = executor.executeAll(submissions, progress::accept);
    }
    printPassAtK(spec.commandLine().getOut(), results);
    printProviderErrors(spec.commandLine().getOut(), read.providerErrors());
    boolean foundFlaky = !FlakyReport.print(spec.commandLine().getOut(), results, flakyCheck.runs).isEmpty();
    if (out != null) {
      spec.commandLine().getOut().println("Results: " + String.join(", ", ResultFiles.write(out, results)));
    }
    return foundFlaky && flakyCheck.requested() ? FlakyReport.FOUND_FLAKY : 0;
  }

  /** Rows without code because their request failed: not judged, not in pass@k, but never silently dropped. */
  private static void printProviderErrors(PrintWriter out, List<SampleFile.ProviderError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    out.println("Provider errors: " + errors.size() + " row(s) without code were not judged and are not in pass@k:");
    int shown = Math.min(errors.size(), MAX_ERRORS_LISTED);
    for (SampleFile.ProviderError error : errors.subList(0, shown)) {
      out.println("  " + error.where() + "  " + error.taskId() + "  " + error.error());
    }
    if (shown < errors.size()) {
      out.println("  ... and " + (errors.size() - shown) + " more");
    }
  }

  private void printPassAtK(PrintWriter stdout, List<ExecutionResult> results) {
    for (Language language : Language.values()) {
      Map<String, List<ExecutionResult>> byTask = results.stream()
          .filter(r -> r.getLanguage().equals(language.id()))
          .collect(Collectors.groupingBy(ExecutionResult::getTaskId, LinkedHashMap::new, Collectors.toList()));
      if (byTask.isEmpty()) {
        continue;
      }
      int minSamples = byTask.values().stream().mapToInt(List::size).min().orElse(0);
      StringBuilder line = new StringBuilder(String.format("%-8s %4d tasks, %5d samples",
          language.id(), byTask.size(), byTask.values().stream().mapToInt(List::size).sum()));
      List<Integer> tooFew = ks.stream().filter(k -> k > minSamples).toList();
      for (int k : ks) {
        if (k > minSamples) {
          continue;
        }
        double mean = byTask.values().stream().mapToDouble(samplesOfTask -> PassAtK.estimate(
            samplesOfTask.size(),
            (int) samplesOfTask.stream().filter(r -> r.getVerdict() == Verdict.PASSED).count(), k))
            .average().orElse(0);
        line.append(String.format("   pass@%d %5.1f%%", k, 100 * mean));
      }
      stdout.println(line);
      if (!tooFew.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--k")) {
        stdout.println("         pass@" + tooFew.stream().map(String::valueOf).collect(Collectors.joining(", pass@"))
            + " not reported: a task has only " + minSamples + " sample(s)");
      }
      Map<Verdict, Long> verdicts = byTask.values().stream().flatMap(List::stream)
          .collect(Collectors.groupingBy(ExecutionResult::getVerdict, () -> new java.util.EnumMap<>(Verdict.class),
              Collectors.counting()));
      stdout.println("         verdicts: " + verdicts.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
  }
}
