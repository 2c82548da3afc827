package io.perforch.models.simulated;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A comparison negated: {@code <} becomes {@code >=}, {@code >} becomes {@code <=}, {@code ==} becomes
 * {@code !=}, and back. Only operators written with blanks on both sides count, which is how every
 * formatter writes comparisons and never how generics ({@code Vec<i32>}) or arrows are written.
 */
final class FlippedComparison implements Mutation {
  private static final Pattern OPERATOR = Pattern.compile("(?<=\\s)(==|!=|<=|>=|<|>)(?=\\s)");
  private static final Map<String, String> NEGATION =
      Map.of("<", ">=", ">=", "<", ">", "<=", "<=", ">", "==", "!=", "!=", "==");

  @Override
  public String kind() {
    return "flipped-comparison";
  }

  @Override
  public List<Edit> candidates(SourceText source) {
    return source.codeMatches(OPERATOR).stream()
        .map(m -> new Edit(m.start(), m.end(), NEGATION.get(m.group())))
        .toList();
  }
}
