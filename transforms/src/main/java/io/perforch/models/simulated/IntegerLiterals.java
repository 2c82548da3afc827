package io.perforch.models.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Where changing an integer literal makes a real mistake. Two places are left out because the
 * Executor showed their mutants to behave like the original nearly every time: the zero of a sign
 * test ({@code x < 0} read as {@code x < 1} differs only at zero, which code that negates or takes
 * an absolute value treats alike), and, for growing, an allocation's size (a buffer one element
 * longer than needed is not a bug; one shorter is, and {@link WrongConstant} makes that one).
 */
final class IntegerLiterals {
  private static final Pattern SIGN_TEST_ZERO = Pattern.compile("\\s<\\s$");
  /** Allocations, each match ending just inside the bracket that holds the size. */
  private static final Pattern GO_MAKE = Pattern.compile("\\bmake\\(");
  private static final Pattern JAVA_NEW_ARRAY = Pattern.compile("\\bnew\\s+[\\w.]+\\s*\\[");
  private static final Pattern RUST_VEC = Pattern.compile("\\bvec!\\[");
  private static final Pattern CPP_VECTOR = Pattern.compile("\\bvector\\s*<[\\w:<>, ]*>\\s+\\w+\\s*\\(");
  private static final Pattern CAPACITY = Pattern.compile("\\b(with_capacity|resize|reserve)\\(");

  private IntegerLiterals() {}

  /** The source's integer literals, without the zeros of sign tests. */
  static List<MatchResult> worthChanging(SourceText source) {
    List<MatchResult> literals = new ArrayList<>();
    for (MatchResult literal : source.integerLiterals()) {
      String before = source.text().substring(Math.max(0, literal.start() - 3), literal.start());
      if (!(literal.group().equals("0") && SIGN_TEST_ZERO.matcher(before).find())) {
        literals.add(literal);
      }
    }
    return literals;
  }

  /** Spans [start, end) of the source that size an allocation (a length or capacity argument). */
  static List<int[]> allocationSizes(SourceText source) {
    List<int[]> spans = new ArrayList<>();
    switch (source.language()) {
      // make(T, len) or make(T, len, cap): the last argument (a longer len would change what append does)
      case GO -> addSizes(source, GO_MAKE, ',', Part.AFTER_LAST, spans);
      case JAVA -> addSizes(source, JAVA_NEW_ARRAY, ',', Part.ALL, spans);
      // vec![value; n]
      case RUST -> addSizes(source, RUST_VEC, ';', Part.AFTER_LAST, spans);
      // vector<T> v(n, value)
      case CPP -> addSizes(source, CPP_VECTOR, ',', Part.FIRST, spans);
      case PYTHON -> { }
    }
    addSizes(source, CAPACITY, ',', Part.ALL, spans);
    return spans;
  }

  static boolean within(List<int[]> spans, int offset) {
    return spans.stream().anyMatch(span -> offset >= span[0] && offset < span[1]);
  }

  /** Which of the bracketed arguments, split at top-level separators, size the allocation. */
  private enum Part {
    ALL,
    FIRST,
    AFTER_LAST
  }

  /** For each match of {@code opening} (which ends just inside a bracket), adds the sizing part of its arguments. */
  private static void addSizes(SourceText source, Pattern opening, char separator, Part part, List<int[]> spans) {
    for (MatchResult m : source.codeMatches(opening)) {
      int close = source.matchingBracket(m.end() - 1);
      if (close < 0) {
        continue;
      }
      int first = source.topLevel(separator, m.end(), close);
      int last = first;
      for (int next = first; next >= 0; next = source.topLevel(separator, next + 1, close)) {
        last = next;
      }
      switch (part) {
        case ALL -> spans.add(new int[] {m.end(), close});
        case FIRST -> spans.add(new int[] {m.end(), first < 0 ? close : first});
        case AFTER_LAST -> {
          if (last >= 0) {
            spans.add(new int[] {last + 1, close});
          }
        }
      }
    }
  }
}
