package io.perforch.datasets.catalog;

import io.perforch.datasets.effibench.EffiBenchXLoader;
import io.perforch.datasets.generic.GenericJsonlLoader;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Turns what a user typed (a dataset name, optionally with {@code --path}, or a path of its own) into
 * problems: finds the files, picks the loader and keeps only the requested languages.
 */
public final class DatasetResolver {

  /**
   * What to load: a name or a path, an optional location override and the languages wanted. Serializable
   * so that a pipeline can carry it to the worker that reads the files.
   */
  public record Request(String nameOrPath, String path, DatasetFormat format, List<Language> languages)
      implements java.io.Serializable {
    public Request {
      languages = List.copyOf(languages);
    }

    public static Request of(String nameOrPath) {
      return new Request(nameOrPath, null, null, List.of(Language.values()));
    }

    public Request withPath(String newPath) {
      return new Request(nameOrPath, newPath, format, languages);
    }

    public Request withLanguages(Collection<Language> newLanguages) {
      return new Request(nameOrPath, path, format, List.copyOf(newLanguages));
    }

    public Request withFormat(DatasetFormat newFormat) {
      return new Request(nameOrPath, path, newFormat, languages);
    }
  }

  public List<Problem> load(Request request) {
    var known = DatasetCatalog.find(request.nameOrPath());
    List<Problem> problems;
    if (known.isPresent() && known.get().builtIn()) {
      problems = new SampleDataset().load();
    } else if (known.isPresent()) {
      DatasetInfo info = known.get();
      String location =
          request.path() != null ? request.path() : DatasetCatalog.defaultLocation(info.name()).toString();
      problems = loadLocation(info, location, request);
    } else {
      if (request.path() != null) {
        throw new DatasetNotFoundException(
            "unknown dataset '" + request.nameOrPath() + "' (known: " + knownNames()
                + "); to read files of your own, pass their path instead of a name");
      }
      problems = loadPath(request.nameOrPath(), request.format(), request.languages());
    }
    requireUniqueTaskIds(problems, request.path() != null ? request.path() : request.nameOrPath());
    return problems.stream()
        .filter(p -> request.languages().contains(Language.of(p)))
        .collect(Collectors.toList());
  }

  /** Each loader names a duplicate's line; this catches one split over files that different globs read. */
  private static void requireUniqueTaskIds(List<Problem> problems, String where) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Problem problem : problems) {
      if (!seen.add(problem.getTaskId())) {
        throw new DatasetFormatException(where, 0, null, "duplicate task id '" + problem.getTaskId()
            + "' in two of its files");
      }
    }
  }

  private List<Problem> loadLocation(DatasetInfo info, String location, Request request) {
    if (!location.contains("://") && !Files.exists(Path.of(location))) {
      throw new DatasetNotFoundException(notPresent(info, location));
    }
    if (!isDirectory(location)) {
      return loadPath(location, info.format(), request.languages());
    }
    String dir = location.endsWith("/") ? location : location + "/";
    List<String> globs = new ArrayList<>();
    if (info.format() == DatasetFormat.HUMANEVAL_X) {
      for (Language language : request.languages()) {
        globs.add(dir + "humaneval_" + language.id() + ".jsonl*");
      }
    } else {
      globs.add(dir + "*.json");
      globs.add(dir + "*.jsonl*");
    }
    List<String> present = globs.stream().filter(DatasetFiles::exists).collect(Collectors.toList());
    if (present.isEmpty()) {
      throw new DatasetNotFoundException(
          notPresent(info, location + " (looked for " + String.join(", ", globs) + ")"));
    }
    List<Problem> problems = new ArrayList<>();
    for (String glob : present) {
      problems.addAll(loadPath(glob, info.format(), request.languages()));
    }
    return problems;
  }

  private List<Problem> loadPath(String pathOrGlob, DatasetFormat format, Collection<Language> languages) {
    if (isDirectory(pathOrGlob)) {
      String dir = pathOrGlob.endsWith("/") ? pathOrGlob : pathOrGlob + "/";
      List<Problem> problems = new ArrayList<>();
      for (String glob : List.of(dir + "*.jsonl*", dir + "*.json")) {
        if (DatasetFiles.exists(glob)) {
          problems.addAll(loadPath(glob, format, languages));
        }
      }
      if (problems.isEmpty()) {
        throw new DatasetNotFoundException(
            pathOrGlob + " holds no dataset files (*.jsonl, *.jsonl.gz, *.json)");
      }
      return problems;
    }
    List<ResourceId> files = DatasetFiles.match(pathOrGlob);
    DatasetFormat chosen = format != null ? format : detect(files.get(0));
    switch (chosen) {
      case HUMANEVAL_X:
        return new HumanEvalXLoader().load(pathOrGlob);
      case EFFIBENCH_X:
        return new EffiBenchXLoader().load(pathOrGlob);
      case GENERIC:
        return new GenericJsonlLoader().load(pathOrGlob);
      default:
        throw new IllegalStateException("unhandled format " + chosen);
    }
  }

  private static DatasetFormat detect(ResourceId file) {
    String name = file.getFilename() == null ? "" : file.getFilename();
    JsonRecord first;
    if (name.endsWith(".json")) {
      first = DatasetFiles.readJsonObject(file);
    } else {
      List<JsonRecord> rows = DatasetFiles.readJsonLines(file);
      if (rows.isEmpty()) {
        throw new DatasetNotFoundException(file + " is empty");
      }
      first = rows.get(0);
    }
    return DatasetFormat.detect(first);
  }

  private static boolean isDirectory(String location) {
    if (location.endsWith("/")) {
      return true;
    }
    if (location.contains("://")) {
      return false; // remote: a directory must be written with a trailing slash
    }
    return Files.isDirectory(Path.of(location));
  }

  private static String notPresent(DatasetInfo info, String where) {
    String remedy = info.fetchable()
        ? "Run `perforch datasets fetch " + info.name() + "` or pass --path DIR pointing at a copy."
        : info.howToObtain();
    return info.name() + " is not present in " + where + ". " + remedy;
  }

  private static String knownNames() {
    return DatasetCatalog.all().stream().map(DatasetInfo::name).collect(Collectors.joining(", "));
  }
}
