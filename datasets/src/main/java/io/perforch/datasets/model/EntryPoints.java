package io.perforch.datasets.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the function the tests call from a declaration: HumanEval-X has no entry_point field for its
 * translated languages, but its declarations always end with the signature of that function.
 */
public final class EntryPoints {
  private static final Pattern PYTHON = Pattern.compile("(?m)^def\\s+(\\w+)\\s*\\(");
  private static final Pattern GO = Pattern.compile("(?m)^func\\s+(\\w+)\\s*\\(");
  private static final Pattern RUST = Pattern.compile("(?m)^\\s*(?:pub\\s+)?fn\\s+(\\w+)\\s*[(<]");
  // A C++/Java method signature: "<type> name(args) {" at the end of the declaration.
  private static final Pattern C_LIKE =
      Pattern.compile("(\\w+)\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)\\s*(?:throws[\\w\\s,.]+)?\\{\\s*$");

  private EntryPoints() {}

  /** The last function declared, or null when none is recognisable. */
  public static String find(Language language, String declaration) {
    if (declaration == null || declaration.isBlank()) {
      return null;
    }
    switch (language) {
      case PYTHON:
        return last(PYTHON.matcher(declaration));
      case GO:
        return last(GO.matcher(declaration));
      case RUST:
        return last(RUST.matcher(declaration));
      case JAVA:
      case CPP:
        Matcher matcher = C_LIKE.matcher(declaration.stripTrailing());
        return matcher.find() ? matcher.group(1) : null;
      default:
        throw new IllegalStateException("unhandled language " + language);
    }
  }

  private static String last(Matcher matcher) {
    String name = null;
    while (matcher.find()) {
      name = matcher.group(1);
    }
    return name;
  }
}
