package io.perforch.cli;

import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import java.util.List;
import picocli.CommandLine.Option;

/** Which problems a command works on: --dataset, --path and --languages, shared by the commands. */
final class DatasetOptions {
  @Option(names = "--dataset", required = true, paramLabel = "NAME|PATH",
      description = "Dataset name (see 'perforch datasets list') or a path of dataset files.")
  String dataset;

  @Option(names = "--path", paramLabel = "PATH", description = "Read the named dataset from here.")
  String path;

  @Option(names = "--languages", paramLabel = "L[,L...]", converter = LanguageConverter.class,
      description = "Only these languages (default: all five).")
  List<Language> languages;

  List<Problem> load() {
    return new DatasetResolver().load(request());
  }

  /** What to load, for loading it elsewhere (a pipeline's workers). */
  DatasetResolver.Request request() {
    DatasetResolver.Request request = DatasetResolver.Request.of(dataset).withPath(path);
    return languages != null ? request.withLanguages(languages) : request;
  }
}
