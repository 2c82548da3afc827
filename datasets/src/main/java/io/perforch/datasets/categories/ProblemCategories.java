package io.perforch.datasets.categories;

import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * A category file: one {@link Category} per language-independent problem id, applied to problems whose
 * dataset brings no category of its own. PerfOrch ships one for HumanEval-X, which has no labels; users
 * may supply their own from any Beam FileSystems path. The format is described in the README beside the
 * built-in files ({@code resources/io/perforch/datasets/categories/}).
 */
public final class ProblemCategories {
  private static final String RESOURCE_DIR = "io/perforch/datasets/categories/";
  private static final Pattern DATASET_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final List<String> HEADER = List.of("problem_id", "category", "note");

  // Built-in files never change at run time, and loaders ask once per dataset file they read.
  private static final Map<String, Optional<ProblemCategories>> BUILT_IN = new ConcurrentHashMap<>();

  private final String source;
  private final Map<String, Category> byProblemId;

  private ProblemCategories(String source, Map<String, Category> byProblemId) {
    this.source = source;
    this.byProblemId = Collections.unmodifiableMap(byProblemId);
  }

  /** PerfOrch's own category file for a dataset, if it ships one (it does for humaneval-x). */
  public static Optional<ProblemCategories> builtIn(String dataset) {
    if (dataset == null || !DATASET_NAME.matcher(dataset).matches()) {
      return Optional.empty();
    }
    return BUILT_IN.computeIfAbsent(dataset, ProblemCategories::loadResource);
  }

  /** Reads a category file from a local path or any Beam FileSystems URI (gzip is recognised). */
  public static ProblemCategories read(String path) {
    List<ResourceId> files = DatasetFiles.match(path);
    if (files.size() != 1) {
      throw new DatasetFormatException(path, 0, null,
          "matches " + files.size() + " files; name one category file");
    }
    ResourceId file = files.get(0);
    return parse(file.toString(), DatasetFiles.readString(file));
  }

  /**
   * Parses the text of a category file; {@code source} names it in errors, which give the line and, where
   * one is at fault, the column.
   */
  public static ProblemCategories parse(String source, String text) {
    List<String> lines = text.replaceFirst("^\uFEFF", "").lines().toList();
    int headerIndex = firstContentLine(lines, 0);
    if (headerIndex < 0) {
      throw new DatasetFormatException(
          source, 0, null, "empty: expected the header " + String.join(",", HEADER));
    }
    checkHeader(source, headerIndex + 1, lines.get(headerIndex));

    Map<String, Category> categories = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = firstContentLine(lines, headerIndex + 1); i >= 0; i = firstContentLine(lines, i + 1)) {
      int lineNumber = i + 1;
      List<String> fields = fields(source, lineNumber, lines.get(i));
      if (fields.size() < 2 || fields.size() > HEADER.size()) {
        throw new DatasetFormatException(source, lineNumber, null,
            "expected problem_id,category[,note] but found " + fields.size() + " field(s) in \""
                + lines.get(i) + "\" (quote a note that contains commas)");
      }
      String problemId = fields.get(0);
      if (problemId.isEmpty()) {
        throw new DatasetFormatException(source, lineNumber, "problem_id", "empty");
      }
      Category category = category(source, lineNumber, fields.get(1));
      Integer earlier = firstLine.putIfAbsent(problemId, lineNumber);
      if (earlier != null) {
        throw new DatasetFormatException(source, lineNumber, "problem_id",
            "'" + problemId + "' is listed twice (first on line " + earlier + ")");
      }
      categories.put(problemId, category);
    }
    if (categories.isEmpty()) {
      throw new DatasetFormatException(source, 0, null, "lists no problems (only a header)");
    }
    return new ProblemCategories(source, categories);
  }

  /** Where the categories came from: a file name or a classpath resource. */
  public String source() {
    return source;
  }

  public Optional<Category> categoryOf(String problemId) {
    return Optional.ofNullable(byProblemId.get(problemId));
  }

  /** Problem id to category, in file order. */
  public Map<String, Category> asMap() {
    return byProblemId;
  }

  /**
   * Sets the category of each problem that has none and is listed here; a category the dataset already
   * brings is kept. Returns how many problems were given one.
   */
  public int applyTo(Iterable<Problem> problems) {
    int applied = 0;
    for (Problem problem : problems) {
      String own = problem.getCategory();
      Category listed = byProblemId.get(problem.getProblemId());
      if ((own == null || own.isBlank()) && listed != null) {
        problem.setCategory(listed.id());
        applied++;
      }
    }
    return applied;
  }

  private static Optional<ProblemCategories> loadResource(String dataset) {
    String resource = RESOURCE_DIR + dataset + ".csv";
    ClassLoader loader = ProblemCategories.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Optional.of(parse("classpath:" + resource, text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + resource, e);
    }
  }

  /** Index of the first line at or after {@code from} that is neither blank nor a # comment, or -1. */
  private static int firstContentLine(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        return i;
      }
    }
    return -1;
  }

  private static void checkHeader(String source, int lineNumber, String line) {
    List<String> names = fields(source, lineNumber, line);
    boolean withNote = names.equals(HEADER);
    boolean withoutNote = names.equals(HEADER.subList(0, 2));
    if (!withNote && !withoutNote) {
      throw new DatasetFormatException(source, lineNumber, null,
          "expected the header " + String.join(",", HEADER) + " but found \"" + line + "\"");
    }
  }

  private static List<String> fields(String source, int lineNumber, String line) {
    try {
      return CsvLine.split(line).stream().map(String::strip).toList();
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(source, lineNumber, null, e.getMessage(), e);
    }
  }

  private static Category category(String source, int lineNumber, String id) {
    if (id.isEmpty()) {
      throw new DatasetFormatException(source, lineNumber, "category", "empty");
    }
    return Category.parse(id).orElseThrow(() -> new DatasetFormatException(source, lineNumber, "category",
        "unknown category '" + id + "' (known: " + Category.idList() + ")"));
  }
}
