package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.MaskedSource;
import io.perforch.execution.source.TopLevelItems;
import io.perforch.execution.source.TopLevelItems.Item;
import io.perforch.execution.source.TopLevelItems.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proof that a program's tests ran to their end. An exit status of 0 proves nothing: a completion
 * that calls {@code os._exit(0)}, {@code exit(0)}, {@code System.exit(0)} or {@code process::exit(0)}
 * stops the program before its first failing assertion, and so does an exit hook or a second thread
 * that exits after an assertion failed. So the harness writes a statement after the last statement of
 * each test function (the test program's {@code main}, Go's {@code TestX}, Rust's {@code #[test]} fns;
 * in Python after the module's last test line), never in an exit hook, which appends a per-run random
 * token and the mark's number to a file in the work dir; the judge accepts a pass only when every mark
 * arrived with this run's token. The token and the file reach the program through
 * {@value #TOKEN_VARIABLE} and {@value #FILE_VARIABLE}; without them the marks do nothing, so an
 * assembled program still runs by hand.
 *
 * <p>What it does not defend against: code that finds the token (in its environment or its own
 * process) and writes the marks itself, or that rewrites the tests' own machinery ({@code #define
 * assert}, a replaced {@code __assert_fail}). It is a guard against programs that stop early, not a
 * sandbox against a determined adversary.
 */
public final class EndMarks {
  public static final String TOKEN_VARIABLE = "PERFORCH_END_TOKEN";
  public static final String FILE_VARIABLE = "PERFORCH_END_FILE";
  public static final String FILE_NAME = ".perforch-tests-ended";
  /** The package name a Go mark uses for "os"; imported under it by {@link #goImport}. */
  static final String GO_OS = "perforch_end_os";

  private static final Pattern RETURN = Pattern.compile("^return\\b");
  private static final Pattern GO_TEST = Pattern.compile("^func\\s+Test\\w*\\s*\\(\\s*(\\w+)\\s+\\*\\s*testing\\.T\\s*\\)");
  private static final Pattern RUST_TEST_ATTRIBUTE = Pattern.compile("#\\[\\s*test\\s*\\]");

  /** Code with its marks placed, and how many there are. */
  public record Marked(String code, int marks) {}

  private EndMarks() {}

  /**
   * HumanEval-style tests with a mark at the end of each test function: C++ and Java {@code main}, Go
   * {@code func TestX(t *testing.T)} (written only while {@code t} has not failed, since a failed Go
   * assertion does not stop the function), Rust {@code #[test]} functions; Python at the end.
   */
  public static Marked inTests(String tests, Language language) {
    return switch (language) {
      case PYTHON -> new Marked(tests + "\n" + python(0), 1);
      case CPP -> withCppIncludes(atEnds(tests, language, item -> isNamed(item, "main") ? "" : null));
      case JAVA -> atEnds(tests, language, item -> isNamed(item, "main") ? "" : null);
      case GO -> atEnds(tests, language, item -> goTestParameter(tests, item));
      case RUST -> atEnds(tests, language, item -> isRustTest(tests, item) ? "" : null);
    };
  }

  /**
   * A whole program (EffiBench-X's functional test runner) with a mark at the end of its {@code main},
   * or in Python at the end of the module. {@code placeholder} (the line the candidate's code will
   * replace) is read as blank while looking for {@code main}.
   */
  public static Marked inMain(String program, String placeholder, Language language) {
    String scanned = program.replace(placeholder, " ".repeat(placeholder.length()));
    Selector main = item -> isNamed(item, "main") ? "" : null;
    return switch (language) {
      case PYTHON -> new Marked(program + "\n" + python(0), 1);
      case CPP -> withCppIncludes(atEnds(program, scanned, language, main));
      case GO, JAVA, RUST -> atEnds(program, scanned, language, main);
    };
  }

  /** The import a Go file needs for its marks: the tests' own "os" import is left as it is. */
  public static String goImport(String code) {
    return code.contains(GO_OS + ".") ? "import " + GO_OS + " \"os\"\n" : "";
  }

  /** Which function gets a mark: null for none, else the language-specific detail (Go's *testing.T name). */
  private interface Selector {
    String select(Item function);
  }

  private static Marked atEnds(String code, Language language, Selector selector) {
    return atEnds(code, code, language, selector);
  }

  /** Marks placed by reading {@code scanned}, a same-length rendering of {@code code}, into {@code code}. */
  private static Marked atEnds(String code, String scanned, Language language, Selector selector) {
    String masked = MaskedSource.mask(scanned, language);
    List<int[]> inserts = new ArrayList<>(); // {offset, index into details}
    List<String> details = new ArrayList<>();
    for (Item function : functions(scanned, masked, language, 0, scanned.length())) {
      String detail = selector.select(function);
      if (detail != null && function.closed()) {
        int close = masked.lastIndexOf('}', function.end() - 1);
        inserts.add(new int[] {markOffset(masked, function.bodyStart(), close, language), details.size()});
        details.add(detail);
      }
    }
    inserts.sort(Comparator.comparingInt(insert -> insert[0]));
    StringBuilder marked = new StringBuilder();
    int from = 0;
    for (int[] insert : inserts) {
      marked.append(code, from, insert[0])
          .append(statement(language, insert[1], details.get(insert[1])))
          .append(language == Language.GO ? "\n" : " ");
      from = insert[0];
    }
    return new Marked(marked.append(code.substring(from)).toString(), inserts.size());
  }

  /** Functions, also those inside types (Java's class Main) and modules (Rust's mod tests). */
  private static List<Item> functions(String code, String masked, Language language, int from, int to) {
    List<Item> found = new ArrayList<>();
    for (Item item : TopLevelItems.of(code, language, from, to)) {
      if (item.kind() == Kind.FUNCTION && item.hasBody()) {
        found.add(item);
      } else if ((item.kind() == Kind.TYPE || item.kind() == Kind.MODULE) && item.hasBody() && item.closed()) {
        found.addAll(functions(code, masked, language, item.bodyStart() + 1, masked.lastIndexOf('}', item.end() - 1)));
      }
    }
    return found;
  }

  /**
   * Where in a body the mark goes: before the closing brace, but before a final {@code return} or a
   * Rust tail expression, which the mark must not follow.
   */
  private static int markOffset(String masked, int open, int close, Language language) {
    int depth = 0;
    int statementStart = open + 1;
    int lastStatement = -1;
    for (int i = open + 1; i < close; i++) {
      char c = masked.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0 && c == '}') {
          lastStatement = statementStart;
          statementStart = i + 1;
        }
      } else if (depth == 0 && (c == ';' || (c == '\n' && language == Language.GO))) {
        if (!masked.substring(statementStart, i).isBlank()) {
          lastStatement = statementStart;
        }
        statementStart = i + 1;
      }
    }
    if (!masked.substring(statementStart, close).isBlank()) {
      return firstCode(masked, statementStart); // a tail expression
    }
    if (lastStatement >= 0 && RETURN.matcher(masked.substring(firstCode(masked, lastStatement), close)).find()) {
      return firstCode(masked, lastStatement);
    }
    return close;
  }

  private static int firstCode(String masked, int from) {
    int i = from;
    while (i < masked.length() && Character.isWhitespace(masked.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNamed(Item function, String name) {
    return function.name().equals(name);
  }

  private static String goTestParameter(String code, Item function) {
    Matcher test = GO_TEST.matcher(code.substring(function.start(), function.bodyStart()));
    return test.find() ? test.group(1) : null;
  }

  private static boolean isRustTest(String code, Item function) {
    return RUST_TEST_ATTRIBUTE.matcher(code.substring(function.start(), function.bodyStart())).find();
  }

  /** C++ marks call getenv and fopen; including their headers again after the candidate's code is harmless. */
  private static Marked withCppIncludes(Marked marked) {
    return marked.marks() == 0 ? marked
        : new Marked("#include <stdio.h>\n#include <stdlib.h>\n" + marked.code(), marked.marks());
  }

  private static String statement(Language language, int index, String detail) {
    return switch (language) {
      case CPP -> "{ const char* perforch_end_file = ::getenv(\"" + FILE_VARIABLE + "\"); if (perforch_end_file) {"
          + " FILE* perforch_end = ::fopen(perforch_end_file, \"a\"); if (perforch_end) {"
          + " ::fprintf(perforch_end, \"%s " + index + "\\n\", ::getenv(\"" + TOKEN_VARIABLE + "\"));"
          + " ::fclose(perforch_end); } } }";
      case JAVA -> "{ java.lang.String perforchEndFile = java.lang.System.getenv(\"" + FILE_VARIABLE + "\");"
          + " if (perforchEndFile != null) { try { java.nio.file.Files.writeString("
          + "java.nio.file.Path.of(perforchEndFile), java.lang.System.getenv(\"" + TOKEN_VARIABLE + "\") + \" "
          + index + "\\n\", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);"
          + " } catch (java.io.IOException perforchEndFailure) {"
          + " throw new java.io.UncheckedIOException(perforchEndFailure); } } }";
      case GO -> (detail.isEmpty() ? "" : "if !" + detail + ".Failed() ")
          + "{ if perforchEndFile := " + GO_OS + ".Getenv(\"" + FILE_VARIABLE + "\"); perforchEndFile != \"\" {"
          + " if perforchEnd, err := " + GO_OS + ".OpenFile(perforchEndFile, " + GO_OS + ".O_APPEND|" + GO_OS
          + ".O_CREATE|" + GO_OS + ".O_WRONLY, 0600); err == nil { perforchEnd.WriteString(" + GO_OS
          + ".Getenv(\"" + TOKEN_VARIABLE + "\") + \" " + index + "\\n\"); perforchEnd.Close() } } }";
      case RUST -> "if let Ok(perforch_end_file) = ::std::env::var(\"" + FILE_VARIABLE + "\") {"
          + " if let Ok(mut perforch_end) = ::std::fs::OpenOptions::new().create(true).append(true)"
          + ".open(perforch_end_file) { let _ = ::std::io::Write::write_all(&mut perforch_end, format!(\"{} "
          + index + "\\n\", ::std::env::var(\"" + TOKEN_VARIABLE + "\").unwrap_or_default()).as_bytes()); } }";
      case PYTHON -> python(index);
    };
  }

  /** Module-level lines; os-level calls, so that a completion that shadows open() cannot break them. */
  private static String python(int index) {
    return String.join("\n",
        "import os as _perforch_end_os",
        "if \"" + FILE_VARIABLE + "\" in _perforch_end_os.environ:",
        "    _perforch_end = _perforch_end_os.open(_perforch_end_os.environ[\"" + FILE_VARIABLE + "\"],"
            + " _perforch_end_os.O_WRONLY | _perforch_end_os.O_APPEND | _perforch_end_os.O_CREAT, 0o600)",
        "    _perforch_end_os.write(_perforch_end, (_perforch_end_os.environ.get(\"" + TOKEN_VARIABLE
            + "\", \"\") + \" " + index + "\\n\").encode())",
        "    _perforch_end_os.close(_perforch_end)",
        "");
  }
}
