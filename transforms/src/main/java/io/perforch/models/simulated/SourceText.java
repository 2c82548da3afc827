package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.MaskedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program as the mutations see it: its text, language, which characters are code, and its lines
 * with the bracket depth at which each starts.
 */
final class SourceText {
  /**
   * A decimal integer literal of up to 9 digits: not part of a name, a float ({@code 1.5}, {@code 1e9},
   * {@code 2f}, {@code 1f64}), a radix-prefixed ({@code 0x1F}) or digit-separated ({@code 1_000}) number.
   * A Rust range's bounds ({@code 0..10}) are literals, a tuple field ({@code pair.1}) is not, and a type
   * suffix ({@code usize}, {@code LL}) is not part of one.
   */
  private static final Pattern INTEGER = Pattern.compile(
      "(?<!\\w)(?<![^.]\\.)\\d{1,9}(?!\\d|\\.\\d|[eE][+-]?\\d|[xXoObB][0-9a-fA-F]|_\\d|[fFdD]\\b|f32|f64)");

  private final String text;
  private final Language language;
  private final MaskedSource.Regions mask;
  private final List<Line> lines;

  /**
   * One line of the program.
   *
   * @param index 0-based line number
   * @param start offset of its first character
   * @param end offset of its line break (or the text's end)
   * @param depth brackets of any kind open before the line starts
   */
  record Line(int index, int start, int end, int depth) {}

  SourceText(String text, Language language) {
    this.text = text;
    this.language = language;
    this.mask = MaskedSource.regions(text, language);
    this.lines = splitLines();
  }

  String text() {
    return text;
  }

  Language language() {
    return language;
  }

  boolean isCode(int index) {
    return mask.isCode(index);
  }

  List<Line> lines() {
    return lines;
  }

  /** Matches of {@code pattern} that lie wholly in code. */
  List<MatchResult> codeMatches(Pattern pattern) {
    List<MatchResult> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (matcher.end() > matcher.start() && mask.isCode(matcher.start(), matcher.end())) {
        found.add(matcher.toMatchResult());
      }
    }
    return found;
  }

  /** Decimal integer literals in code, without any type suffix ({@code usize}, {@code LL}). */
  List<MatchResult> integerLiterals() {
    return codeMatches(INTEGER);
  }

  /**
   * The line's text without comments, trimmed; empty for a line that starts inside a literal or
   * comment begun on an earlier line (the rest of a docstring is not a statement).
   */
  String code(Line line) {
    if (!startsInCode(line)) {
      return "";
    }
    StringBuilder code = new StringBuilder();
    for (int i = line.start(); i < line.end(); i++) {
      if (!mask.isComment(i)) {
        code.append(text.charAt(i));
      }
    }
    return code.toString().strip();
  }

  /** The nearest line before {@code line} that has code, or null. */
  Line previousCodeLine(Line line) {
    for (int i = line.index() - 1; i >= 0; i--) {
      if (!code(lines.get(i)).isEmpty()) {
        return lines.get(i);
      }
    }
    return null;
  }

  /** The nearest line after {@code line} that has code, or null. */
  Line nextCodeLine(Line line) {
    for (int i = line.index() + 1; i < lines.size(); i++) {
      if (!code(lines.get(i)).isEmpty()) {
        return lines.get(i);
      }
    }
    return null;
  }

  /** Leading blanks of the line (a tab counts as one). */
  int indentation(Line line) {
    int i = line.start();
    while (i < line.end() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i - line.start();
  }

  /** True when the line closes every bracket it opens and closes none it did not open. */
  boolean isBalanced(Line line) {
    int depth = 0;
    for (int i = line.start(); i < line.end(); i++) {
      if (mask.isCode(i)) {
        depth += bracketDelta(text.charAt(i));
        if (depth < 0) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  /** True when the line has code besides literals and comments (a docstring line has none). */
  boolean hasCodeOutsideLiterals(Line line) {
    for (int i = line.start(); i < line.end(); i++) {
      if (mask.isCode(i) && !Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when the line contains a brace in code. */
  boolean hasBrace(Line line) {
    for (int i = line.start(); i < line.end(); i++) {
      if (mask.isCode(i) && (text.charAt(i) == '{' || text.charAt(i) == '}')) {
        return true;
      }
    }
    return false;
  }

  /** The span of the whole line with its line break, for deleting it. */
  Edit deletion(Line line) {
    return new Edit(line.start(), Math.min(line.end() + 1, text.length()), "");
  }

  /** The offset of the bracket closing the one at {@code open}, or -1 when it is never closed. */
  int matchingBracket(int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (mask.isCode(i)) {
        depth += bracketDelta(text.charAt(i));
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The first {@code c} in code in [from, to) outside any bracket opened there, or -1. */
  int topLevel(char c, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      if (mask.isCode(i)) {
        if (depth == 0 && text.charAt(i) == c) {
          return i;
        }
        depth += bracketDelta(text.charAt(i));
      }
    }
    return -1;
  }

  /** The first non-blank code character after {@code index}, or 0 at the end of the text. */
  char nextCodeChar(int index) {
    for (int i = index + 1; i < text.length(); i++) {
      if (mask.isCode(i) && !Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  /** True unless a literal or comment runs into the line from before it or out of it past its end. */
  boolean isSelfContained(Line line) {
    return startsInCode(line) && (line.end() == text.length() || mask.isCode(line.end()));
  }

  private boolean startsInCode(Line line) {
    return line.start() == 0 || mask.isCode(line.start() - 1);
  }

  private List<Line> splitLines() {
    List<Line> split = new ArrayList<>();
    int depth = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      split.add(new Line(split.size(), start, end, depth));
      for (int i = start; i < end; i++) {
        if (mask.isCode(i)) {
          depth += bracketDelta(text.charAt(i));
        }
      }
      start = end + 1;
    }
    return List.copyOf(split);
  }

  private static int bracketDelta(char c) {
    return switch (c) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }
}
