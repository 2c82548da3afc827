package io.perforch.models.simulated;

import java.util.ArrayList;
import java.util.List;

/**
 * A slip that stops the program compiling: one character dropped where the grammar needs it. A closing
 * parenthesis in any language (the brackets no longer balance); a statement's {@code ;} in Java, C++
 * and Go's for clauses; a block header's {@code :} in Python; and in Rust a {@code ;} followed by more
 * code, since one before a closing brace may legally go (the block then yields its last expression).
 */
final class SyntaxSlip implements Mutation {
  @Override
  public String kind() {
    return "syntax-slip";
  }

  @Override
  public List<Edit> candidates(SourceText source) {
    List<Edit> edits = new ArrayList<>();
    String text = source.text();
    for (int i = 0; i < text.length(); i++) {
      if (source.isCode(i) && breaksWithout(source, i)) {
        edits.add(new Edit(i, i + 1, ""));
      }
    }
    return edits;
  }

  private static boolean breaksWithout(SourceText source, int i) {
    char c = source.text().charAt(i);
    if (c == ')') {
      return true;
    }
    return switch (source.language()) {
      case PYTHON -> c == ':' && endsLine(source, i);
      case JAVA, CPP, GO -> c == ';';
      case RUST -> c == ';' && source.nextCodeChar(i) != '}' && source.nextCodeChar(i) != 0;
    };
  }

  /** True when only blanks and comments follow {@code i} on its line. */
  private static boolean endsLine(SourceText source, int i) {
    String text = source.text();
    for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
      if (source.isCode(j) && !Character.isWhitespace(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }
}
