package io.perforch.execution.languages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles a HumanEval-X Go test file: {@code test_setup}, imports, the prompt (its own import block
 * taken out), the completion and the test. {@link #upstream} does it exactly as HumanEval-X's harness
 * does; {@link #assemble} repairs imports: Go rejects an unused import, and a prompt's imports are
 * whatever the reference solution used, so each import is kept only when the rest of the file uses it
 * ({@code name.} outside comments and strings), and never twice (test_setup may import it already), and
 * the harness's standard packages ({@link HumanEvalXHarness#GO_PACKAGES}) are added when the code uses
 * them without the prompt importing them (a completion cannot write imports). Both put the import the
 * tests' {@link EndMarks end marks} need right after test_setup.
 */
final class GoTestFile {
  /** What HumanEval-X's test_setup says, for Go problems that lack one. */
  static final String DEFAULT_SETUP =
      "package main\n\nimport (\n    \"testing\"\n    \"github.com/stretchr/testify/assert\"\n)\n";

  /** {@code import ( ... )} or {@code import "x"} / {@code import name "x"} at the start of a line. */
  private static final Pattern IMPORT_DECL = Pattern.compile(
      "(?m)^[ \\t]*import[ \\t]*(?:\\((?<block>[^)]*)\\)|(?<single>(?:[\\w.]+[ \\t]+)?\"[^\"\\n]*\"))[ \\t]*(?:\\r?\\n)?");
  private static final Pattern IMPORT_SPEC = Pattern.compile("(?:(?<name>[\\w.]+)[ \\t]+)?\"(?<path>[^\"\\n]+)\"");

  private GoTestFile() {}

  /** One import: {@code name} is null unless the import renames the package. */
  record Import(String name, String path) {
    /** The identifier the code uses: the rename, else the path's last element (yaml.v3 is yaml). */
    String identifier() {
      if (name != null) {
        return name;
      }
      String last = path.substring(path.lastIndexOf('/') + 1);
      int dot = last.indexOf('.');
      return dot > 0 ? last.substring(0, dot) : last;
    }

    String line() {
      return "    " + (name == null ? "" : name + " ") + "\"" + path + "\"\n";
    }
  }

  /**
   * @param testSetup package clause and test imports (HumanEval-X's test_setup); null for the default
   * @param imports HumanEval-X's import field (the prompt's import block, repeated); may be null
   */
  static String assemble(String testSetup, String imports, String prompt, String completion, String tests) {
    String setup = testSetup == null || testSetup.isBlank() ? DEFAULT_SETUP : testSetup;
    List<Import> declared = new ArrayList<>();
    String body = stripImports(prompt, declared) + completion + "\n" + tests + "\n";
    if (imports != null) {
      stripImports(imports, declared);
    }

    Set<String> taken = new HashSet<>(); // identifiers and paths test_setup already imports
    for (Import existing : importsOf(setup)) {
      taken.add(existing.path());
      taken.add(existing.identifier());
    }
    Map<String, Import> candidates = new LinkedHashMap<>();
    declared.forEach(spec -> candidates.putIfAbsent(spec.path(), spec));
    HumanEvalXHarness.GO_PACKAGES.forEach(path -> candidates.putIfAbsent(path, new Import(null, path)));

    Set<String> used = selectorIdentifiers(body);
    StringBuilder block = new StringBuilder();
    for (Import spec : candidates.values()) {
      String id = spec.identifier();
      boolean blankOrDot = id.equals("_") || id.equals(".");
      boolean needed = blankOrDot ? declared.contains(spec) : used.contains(id);
      if (needed && !taken.contains(spec.path()) && (blankOrDot || taken.add(id))) {
        block.append(spec.line());
      }
    }
    String kept = block.length() == 0 ? "" : "import (\n" + block + ")\n";
    return setup + (setup.endsWith("\n") ? "" : "\n") + EndMarks.goImport(tests) + kept + body;
  }

  /**
   * Upstream's way: test_setup, the helper packages the completion names ({@link HumanEvalXHarness#goImports}),
   * the prompt without the problem's import field, the completion, the tests.
   */
  static String upstream(String testSetup, String imports, String prompt, String completion, String tests) {
    String setup = testSetup == null || testSetup.isBlank() ? DEFAULT_SETUP : testSetup;
    String helpers = HumanEvalXHarness.goImports(setup, completion);
    String body = (imports == null || imports.isEmpty() ? prompt : prompt.replace(imports, "")) + completion
        + "\n" + tests;
    return setup + EndMarks.goImport(tests) + "\n" + (helpers.isEmpty() ? "" : helpers + "\n") + body;
  }

  /** The prompt without its import declarations, which are added to {@code into}. */
  static String stripImports(String prompt, List<Import> into) {
    Matcher matcher = IMPORT_DECL.matcher(prompt);
    StringBuilder rest = new StringBuilder();
    while (matcher.find()) {
      String specs = matcher.group("block") != null ? matcher.group("block") : matcher.group("single");
      Matcher spec = IMPORT_SPEC.matcher(specs);
      while (spec.find()) {
        into.add(new Import(spec.group("name"), spec.group("path")));
      }
      matcher.appendReplacement(rest, "");
    }
    matcher.appendTail(rest);
    return rest.toString();
  }

  static List<Import> importsOf(String source) {
    List<Import> imports = new ArrayList<>();
    stripImports(source, imports);
    return imports;
  }

  /**
   * Identifiers used as {@code x.y} where x is not itself a selected field ({@code a.x.y}), outside
   * comments, strings and runes: the packages the code refers to (and some variables, harmlessly).
   */
  static Set<String> selectorIdentifiers(String code) {
    Set<String> found = new HashSet<>();
    int n = code.length();
    int i = 0;
    char previous = ' '; // last significant character before the current token
    while (i < n) {
      char c = code.charAt(i);
      if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
        while (i < n && code.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '"' || c == '\'') {
        i = skipQuoted(code, i, c);
        previous = c;
      } else if (c == '`') {
        int end = code.indexOf('`', i + 1);
        i = end < 0 ? n : end + 1;
        previous = c;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
          i++;
        }
        boolean selector = i + 1 < n && code.charAt(i) == '.'
            && (Character.isLetter(code.charAt(i + 1)) || code.charAt(i + 1) == '_');
        if (selector && previous != '.') {
          found.add(code.substring(start, i));
        }
        previous = 'a';
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
    return found;
  }

  private static int skipQuoted(String code, int start, char quote) {
    int i = start + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }
}
