package io.perforch.datasets.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five languages PerfOrch profiles, with the names each benchmark uses for them. */
public enum Language {
  PYTHON("python", "Python", "py", "python3", "py"),
  JAVA("java", "Java", "java"),
  CPP("cpp", "CPP", "cpp", "c++", "cxx"),
  GO("go", "Go", "go", "golang"),
  RUST("rust", "Rust", "rs", "rs");

  private final String id;
  private final String humanEvalPrefix;
  private final String fileExtension;
  private final List<String> aliases;

  Language(String id, String humanEvalPrefix, String fileExtension, String... aliases) {
    this.id = id;
    this.humanEvalPrefix = humanEvalPrefix;
    this.fileExtension = fileExtension;
    this.aliases = List.of(aliases);
  }

  /** The id stored in {@link Problem#getLanguage()} and used on the command line. */
  public String id() {
    return id;
  }

  /** The task-id prefix HumanEval-X uses, e.g. {@code CPP} in {@code CPP/12}. */
  public String humanEvalPrefix() {
    return humanEvalPrefix;
  }

  public String fileExtension() {
    return fileExtension;
  }

  /** Parses an id or a benchmark's alias (python3, golang, c++), ignoring case. */
  public static Language parse(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.id.equals(key) || language.aliases.contains(key)) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "unknown language '" + name + "' (expected one of " + idList() + ")");
  }

  /** Like {@link #parse} but returns null for languages PerfOrch does not run (e.g. ruby). */
  public static Language parseOrNull(String name) {
    try {
      return parse(name);
    } catch (IllegalArgumentException unsupported) {
      return null;
    }
  }

  public static Language of(Problem problem) {
    return parse(problem.getLanguage());
  }

  /** Parses a comma-separated list such as {@code python,java,cpp}. */
  public static List<Language> parseList(String csv) {
    return Arrays.stream(csv.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Language::parse)
        .distinct()
        .collect(Collectors.toList());
  }

  public static String idList() {
    return Arrays.stream(values()).map(Language::id).collect(Collectors.joining(", "));
  }
}
