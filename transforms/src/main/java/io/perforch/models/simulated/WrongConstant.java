package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A constant that is plainly wrong: a boolean literal inverted, or an integer literal replaced (0 by 1,
 * 1 by 0, any other n by 2n), as when a model misremembers a base case, a modulus or a radix. A negative
 * one ({@code xs[-1]}) becomes -2, not -0, which nobody writes.
 */
final class WrongConstant implements Mutation {
  private static final Pattern PYTHON_BOOLEAN = Pattern.compile("\\b(True|False)\\b");
  private static final Pattern BOOLEAN = Pattern.compile("\\b(true|false)\\b");

  @Override
  public String kind() {
    return "wrong-constant";
  }

  @Override
  public List<Edit> candidates(SourceText source) {
    List<Edit> edits = new ArrayList<>();
    Pattern booleans = source.language() == Language.PYTHON ? PYTHON_BOOLEAN : BOOLEAN;
    for (MatchResult m : source.codeMatches(booleans)) {
      edits.add(new Edit(m.start(), m.end(), invert(m.group())));
    }
    for (MatchResult m : IntegerLiterals.worthChanging(source)) {
      long n = Long.parseLong(m.group());
      long wrong = n == 0 ? 1 : n == 1 && !isNegated(source.text(), m.start()) ? 0 : 2 * n;
      edits.add(new Edit(m.start(), m.end(), Long.toString(wrong)));
    }
    return edits;
  }

  /** True when a unary minus precedes the literal at {@code start} ({@code -1}, not {@code n-1}). */
  private static boolean isNegated(String text, int start) {
    if (start == 0 || text.charAt(start - 1) != '-') {
      return false;
    }
    int i = start - 2;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || "([{,=:?<>!&|+-*/%".indexOf(text.charAt(i)) >= 0;
  }

  private static String invert(String literal) {
    return switch (literal) {
      case "true" -> "false";
      case "false" -> "true";
      case "True" -> "False";
      default -> "True";
    };
  }
}
