package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An off-by-one: an integer literal n written as n + 1 (not in an allocation's size, see {@link
 * IntegerLiterals}), or a loop bound moved by one (a strict comparison in a loop header made inclusive
 * or the other way round, a Rust range's end made inclusive or exclusive, a Python {@code range} stop
 * raised by one).
 */
final class OffByOne implements Mutation {
  private static final Pattern LOOP_HEADER = Pattern.compile("^(for|while)\\b");
  private static final Pattern BOUND = Pattern.compile("(?<=\\s)(<=|>=|<|>)(?=\\s)");
  private static final Map<String, String> MOVED = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">");
  /** A Rust range operator: {@code ..} or {@code ..=}, not part of {@code ...}. */
  private static final Pattern RUST_RANGE = Pattern.compile("(?<!\\.)\\.\\.=?(?!\\.)");
  private static final Pattern PYTHON_RANGE = Pattern.compile("\\brange\\(");

  @Override
  public String kind() {
    return "off-by-one";
  }

  @Override
  public List<Edit> candidates(SourceText source) {
    List<Edit> edits = new ArrayList<>();
    List<int[]> allocationSizes = IntegerLiterals.allocationSizes(source);
    for (MatchResult m : IntegerLiterals.worthChanging(source)) {
      if (!IntegerLiterals.within(allocationSizes, m.start())) {
        edits.add(new Edit(m.start(), m.end(), Long.toString(Long.parseLong(m.group()) + 1)));
      }
    }
    List<SourceText.Line> loopHeaders =
        source.lines().stream().filter(line -> LOOP_HEADER.matcher(source.code(line)).find()).toList();
    if (!loopHeaders.isEmpty()) {
      edits.addAll(movedBounds(source, loopHeaders));
    }
    return edits;
  }

  private static List<Edit> movedBounds(SourceText source, List<SourceText.Line> loopHeaders) {
    List<Edit> edits = new ArrayList<>();
    for (MatchResult m : source.codeMatches(BOUND)) {
      if (inAny(m, loopHeaders)) {
        edits.add(new Edit(m.start(), m.end(), MOVED.get(m.group())));
      }
    }
    if (source.language() == Language.RUST) {
      for (MatchResult m : source.codeMatches(RUST_RANGE)) {
        if (inAny(m, loopHeaders)) {
          edits.add(new Edit(m.start(), m.end(), m.group().equals("..") ? "..=" : ".."));
        }
      }
    }
    if (source.language() == Language.PYTHON) {
      for (MatchResult m : source.codeMatches(PYTHON_RANGE)) {
        int close = source.matchingBracket(m.end() - 1);
        if (inAny(m, loopHeaders) && close > 0) {
          edits.add(new Edit(close, close, " + 1"));
        }
      }
    }
    return edits;
  }

  private static boolean inAny(MatchResult match, List<SourceText.Line> lines) {
    return lines.stream().anyMatch(line -> match.start() >= line.start() && match.end() <= line.end());
  }
}
