package io.perforch.models.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement left out: one line that holds one whole statement is deleted. Never a line with a brace
 * (a block's opening or closing, or a brace-only line), a block header, a line inside a multi-line
 * statement, an import, a no-op ({@code pass}, a docstring), or (in Python) the only statement of its
 * block, whose removal would be a syntax error rather than a missing step.
 */
final class DroppedStatement implements Mutation {
  /** Lines that belong to a statement around them rather than standing alone. */
  private static final Pattern NOT_A_STATEMENT =
      Pattern.compile("^(case|default|else|elif|except|finally|pass|package|import|use)\\b|^[@#]");
  /** How a Go line that continues onto the next one ends. */
  private static final Pattern GO_CONTINUES = Pattern.compile("(,|\\(|\\[|&&|\\|\\||[-+*/%=<>!&|^]|:)$");

  @Override
  public String kind() {
    return "dropped-statement";
  }

  @Override
  public List<Edit> candidates(SourceText source) {
    List<Edit> edits = new ArrayList<>();
    for (SourceText.Line line : source.lines()) {
      String code = source.code(line);
      if (code.isEmpty() || !source.isSelfContained(line) || NOT_A_STATEMENT.matcher(code).find()
          || !source.isBalanced(line) || source.hasBrace(line) || !source.hasCodeOutsideLiterals(line)) {
        continue;
      }
      boolean statement = switch (source.language()) {
        case PYTHON -> isPythonStatement(source, line, code);
        case GO -> isGoStatement(source, line, code);
        case JAVA, CPP, RUST -> isSemicolonStatement(source, line, code);
      };
      if (statement) {
        edits.add(source.deletion(line));
      }
    }
    return edits;
  }

  private static boolean isPythonStatement(SourceText source, SourceText.Line line, String code) {
    if (line.depth() != 0 || code.endsWith(":") || code.endsWith("\\")) {
      return false;
    }
    SourceText.Line previous = source.previousCodeLine(line);
    if (previous != null && source.code(previous).endsWith("\\")) {
      return false;
    }
    // The only statement of a block: the line opening the block comes just before it and the block
    // ends just after it.
    boolean opensBlock = previous != null && source.code(previous).endsWith(":");
    SourceText.Line next = source.nextCodeLine(line);
    boolean blockEndsHere = next == null || source.indentation(next) < source.indentation(line);
    return !(opensBlock && blockEndsHere);
  }

  private static boolean isGoStatement(SourceText source, SourceText.Line line, String code) {
    if (GO_CONTINUES.matcher(code).find() && !code.endsWith("++") && !code.endsWith("--")) {
      return false;
    }
    SourceText.Line previous = source.previousCodeLine(line);
    if (previous == null) {
      return true;
    }
    String before = source.code(previous);
    return !(GO_CONTINUES.matcher(before).find() && !before.endsWith("++") && !before.endsWith("--"))
        || before.endsWith(":");
  }

  /** Java, C++ and Rust: the line ends a statement and the line before it ended one too. */
  private static boolean isSemicolonStatement(SourceText source, SourceText.Line line, String code) {
    if (!code.endsWith(";")) {
      return false;
    }
    SourceText.Line previous = source.previousCodeLine(line);
    if (previous == null) {
      return true;
    }
    String before = source.code(previous);
    return before.endsWith(";") || before.endsWith("{") || before.endsWith("}");
  }
}
