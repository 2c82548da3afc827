package io.perforch.cli;

import io.perforch.datasets.catalog.DatasetFormat;
import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.io.AvroJson;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code perforch datasets show}: prints problems in a form a person can read, or as JSONL. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print problems of a dataset (by name) or of dataset files (by path).",
    footer = {
      "",
      "NAME|PATH is a dataset name from 'perforch datasets list', or a file, folder or glob",
      "(local or gs://) in HumanEval-X, EffiBench-X or PerfOrch JSONL format; the format is",
      "recognised from the fields.",
      "",
      "Examples:",
      "  perforch datasets show sample --language python --limit 2",
      "  perforch datasets show humaneval-x --path ../shared/datasets/humaneval-x --language rust --limit 1",
      "  perforch datasets show ./aizu_1444_yokohama-phenomena.json --language cpp",
      "  perforch datasets show sample --json > sample.jsonl"
    })
final class DatasetsShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME|PATH", description = "Dataset name, or path/glob of dataset files.")
  String dataset;

  @Option(names = "--path", paramLabel = "PATH",
      description = "Read a named dataset from this file, folder or glob instead of its fetched copy.")
  String path;

  @Option(names = {"--language", "--languages"}, paramLabel = "L[,L...]", converter = LanguageConverter.class,
      description = "Only these languages: ${COMPLETION-CANDIDATES}.", completionCandidates = LanguageIds.class)
  List<Language> languages;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "5", converter = Counts.ZeroOrMore.class,
      description = "Print at most N problems (default: ${DEFAULT-VALUE}; 0 prints all).")
  int limit;

  @Option(names = "--task", paramLabel = "TASK_ID", description = "Only the problem with this task id.")
  String taskId;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read the files as humaneval-x, effibench-x or generic instead of guessing.")
  String format;

  @Option(names = "--json", description = "Print one JSON object per problem (PerfOrch JSONL) instead.")
  boolean json;

  @Override
  public Integer call() {
    DatasetResolver.Request request = DatasetResolver.Request.of(dataset).withPath(path);
    if (languages != null) {
      request = request.withLanguages(languages);
    }
    if (format != null) {
      try {
        request = request.withFormat(DatasetFormat.parse(format));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    List<Problem> problems = new DatasetResolver().load(request);
    if (taskId != null) {
      problems = problems.stream().filter(p -> p.getTaskId().equals(taskId)).collect(Collectors.toList());
      if (problems.isEmpty()) {
        throw new UserFacingException("no problem with task id '" + taskId + "' in " + dataset);
      }
    }
    int total = problems.size();
    List<Problem> shown = limit == 0 ? problems : problems.subList(0, Math.min(limit, total));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      for (Problem problem : shown) {
        out.println(AvroJson.toJson(problem).toString());
      }
      return 0;
    }
    ProblemPrinter printer = new ProblemPrinter(out);
    for (Problem problem : shown) {
      printer.print(problem);
    }
    out.printf("%d of %d problems shown%s.%n", shown.size(), total,
        shown.size() < total ? " (--limit 0 shows all)" : "");
    return 0;
  }

  /** The language ids, for --help. */
  static final class LanguageIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Language.values()).map(Language::id).iterator();
    }
  }
}
