package io.perforch.execution.stdio;

import java.util.regex.Pattern;

/**
 * Normalises program output and expected output the way EffiBench-X does before either is judged: ANSI
 * escape sequences removed, Windows line ends turned into {@code \n}, surrounding whitespace stripped.
 */
public final class OutputCleaner {
  /** An ESC followed by a one-character (Fe) sequence, or a full CSI sequence such as a colour code. */
  private static final Pattern ANSI = Pattern.compile("\u001B(?:[@-Z\\x5C-_]|\\[[0-?]*[ -/]*[@-~])");

  private OutputCleaner() {}

  public static String clean(String text) {
    String cleaned = ANSI.matcher(text).replaceAll("");
    cleaned = cleaned.replace("\r\r\n", "\n").replace("\r\n", "\n");
    return strip(cleaned);
  }

  /** Python's {@code str.strip()}: the whitespace set is Python's, which also counts no-break spaces. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPythonSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
