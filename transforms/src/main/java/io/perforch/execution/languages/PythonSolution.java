package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.MaskedSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python test program from a whole solution: the prompt up to the entry point's {@code def} (its imports
 * and helpers), the solution, the tests. Python allows a function to be defined again, so a helper the
 * solution repeats needs no care; a {@code __main__} block would run before the tests (and might wait on
 * stdin), so it is left out, and {@code from __future__} imports must come first.
 */
final class PythonSolution {
  private static final Pattern ANY_DEF = Pattern.compile("(?m)^(?:async[ \\t]+)?def[ \\t]+\\w+[ \\t]*\\(");
  private static final Pattern DECORATOR_ABOVE = Pattern.compile("(?m)(?:^@[^\\n]*\\n)+\\z");
  private static final Pattern MAIN_GUARD = Pattern.compile("(?m)^if[ \\t]+__name__[ \\t]*==");
  private static final Pattern TOP_LEVEL_LINE = Pattern.compile("(?m)^\\S");
  private static final Pattern FUTURE_IMPORT = Pattern.compile("(?m)^from[ \\t]+__future__[ \\t]+import[^\\n]*\\n?");

  private PythonSolution() {}

  /** {@code imports}: the harness's fixed lines, after any {@code from __future__} import. */
  static String assemble(String imports, String prompt, String entryPoint, String solution, String tests) {
    String code = withoutMainGuard(solution);
    StringBuilder future = new StringBuilder();
    Matcher futures = FUTURE_IMPORT.matcher(code);
    while (futures.find()) {
      future.append(futures.group().strip()).append('\n');
    }
    code = futures.replaceAll("");
    String header = header(prompt, entryPoint);
    return future + imports + header + (header.isEmpty() || header.endsWith("\n") ? "" : "\n") + code + "\n\n"
        + tests + "\n";
  }

  /** The prompt before the entry point's {@code def} and its decorators. */
  static String header(String prompt, String entryPoint) {
    String masked = MaskedSource.mask(prompt, Language.PYTHON);
    Pattern entry = entryPoint == null ? ANY_DEF
        : Pattern.compile("(?m)^(?:async[ \\t]+)?def[ \\t]+" + Pattern.quote(entryPoint) + "[ \\t]*\\(");
    int cut = lastStart(entry, masked);
    if (cut < 0) {
      cut = lastStart(ANY_DEF, masked);
    }
    if (cut < 0) {
      return prompt;
    }
    Matcher decorators = DECORATOR_ABOVE.matcher(masked.substring(0, cut));
    return prompt.substring(0, decorators.find() ? decorators.start() : cut);
  }

  private static String withoutMainGuard(String code) {
    String masked = MaskedSource.mask(code, Language.PYTHON);
    Matcher guard = MAIN_GUARD.matcher(masked);
    if (!guard.find()) {
      return code;
    }
    int bodyStart = masked.indexOf('\n', guard.start());
    Matcher next = TOP_LEVEL_LINE.matcher(masked);
    int end = bodyStart >= 0 && next.find(bodyStart + 1) ? next.start() : code.length();
    return code.substring(0, guard.start()) + code.substring(end);
  }

  private static int lastStart(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int last = -1;
    while (matcher.find()) {
      last = matcher.start();
    }
    return last;
  }
}
