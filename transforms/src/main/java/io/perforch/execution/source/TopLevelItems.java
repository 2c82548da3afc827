package io.perforch.execution.source;

import io.perforch.datasets.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level items of C++, Java, Go or Rust source: functions, types, imports and the like, each with
 * its extent, found by brace and bracket depth in the {@link MaskedSource masked} text. An item ends at a
 * {@code ;} or at the {@code }} that closes its body (Go: also at a line break); a C++ preprocessor line
 * is an item of its own. Enough to tell which definitions two pieces of code share, not a parser.
 */
public final class TopLevelItems {
  /** What an item declares. */
  public enum Kind { FUNCTION, TYPE, MODULE, IMPORT, PACKAGE, OTHER }

  /**
   * @param start offset of the item's first character that is not space or comment
   * @param end offset after its last character (after the closing brace or semicolon)
   * @param bodyStart offset of the {@code {} that opens its body, or -1 for an item without one
   * @param closed false for an item the text ends inside (a prompt's unfinished function)
   * @param name the declared name; a Go method's is {@code Type.Name}; empty when there is none
   */
  public record Item(Kind kind, String name, int start, int end, int bodyStart, boolean closed) {
    public boolean hasBody() {
      return bodyStart >= 0;
    }

    /** A complete function or type definition: what may not be defined twice. */
    public boolean isDefinition() {
      return closed && hasBody() && (kind == Kind.FUNCTION || kind == Kind.TYPE || kind == Kind.MODULE);
    }
  }

  private static final Pattern WORD = Pattern.compile("\\b\\w+\\b");
  private static final Pattern ANNOTATIONS = Pattern.compile("@\\w+(?:\\.\\w+)*(?:\\s*\\([^)]*\\))?");
  private static final Pattern RUST_ATTRIBUTES = Pattern.compile("#!?\\[[^\\]]*\\]");
  private static final Pattern GO_FUNCTION =
      Pattern.compile("^func\\s*(?:\\(\\s*(?:\\w+\\s+)?\\*?\\s*(\\w+)[^)]*\\)\\s*)?(\\w+)");
  private static final Pattern RUST_FUNCTION = Pattern.compile("\\bfn\\s+(\\w+)");
  private static final Pattern RUST_TYPE = Pattern.compile("\\b(?:struct|enum|union|trait|type)\\s+(\\w+)");
  private static final Pattern RUST_MODULE = Pattern.compile("\\bmod\\s+(\\w+)");
  private static final Pattern C_TYPE =
      Pattern.compile("\\b(?:class|struct|union|enum|namespace|interface|record)\\s+(\\w+)");
  private static final Pattern CALL_NAME = Pattern.compile("(~?\\w+)\\s*(?:<[^()]*>)?\\s*\\($");
  private static final Pattern KEYWORDS = Pattern.compile("if|for|while|switch|return|catch|sizeof|new");

  private TopLevelItems() {}

  public static List<Item> of(String code, Language language) {
    return of(code, language, 0, code.length());
  }

  /** The items of {@code code[from, to)}, e.g. the members of a class body; offsets are into {@code code}. */
  public static List<Item> of(String code, Language language, int from, int to) {
    if (language == Language.PYTHON) {
      throw new IllegalArgumentException("Python has no braces: find its definitions by indentation");
    }
    String masked = MaskedSource.mask(code, language);
    List<Item> items = new ArrayList<>();
    int depth = 0;
    int segmentStart = from;
    int bodyStart = -1;
    int i = from;
    while (i < to) {
      char c = masked.charAt(i);
      if (depth == 0 && c == '#' && language == Language.CPP && atLineStart(masked, i)) {
        addItem(items, masked, language, segmentStart, i, -1, true);
        int end = preprocessorLineEnd(masked, i, to);
        addItem(items, masked, language, i, end, -1, true);
        segmentStart = end;
        i = end;
        continue;
      }
      if (c == '{' || c == '(' || c == '[') {
        if (depth == 0 && c == '{' && bodyStart < 0) {
          bodyStart = i;
        }
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
        if (depth == 0 && c == '}' && bodyStart >= 0) {
          int end = endAfterBrace(masked, language, i + 1, to);
          addItem(items, masked, language, segmentStart, end, bodyStart, true);
          segmentStart = end;
          bodyStart = -1;
          i = end;
          continue;
        }
      } else if (depth == 0 && (c == ';' || (c == '\n' && language == Language.GO))) {
        addItem(items, masked, language, segmentStart, i + 1, bodyStart, true);
        segmentStart = i + 1;
        bodyStart = -1;
      }
      i++;
    }
    addItem(items, masked, language, segmentStart, to, bodyStart, depth == 0 && bodyStart < 0);
    return items;
  }

  /** C++ and Java type definitions may be followed by their own semicolon ({@code struct P {...};}). */
  private static int endAfterBrace(String masked, Language language, int from, int to) {
    int j = from;
    while (j < to && (masked.charAt(j) == ' ' || masked.charAt(j) == '\t')) {
      j++;
    }
    return j < to && masked.charAt(j) == ';' && language != Language.GO ? j + 1 : from;
  }

  private static void addItem(
      List<Item> items, String masked, Language language, int from, int to, int bodyStart, boolean closed) {
    int start = from;
    while (start < to && Character.isWhitespace(masked.charAt(start))) {
      start++;
    }
    if (start >= to || masked.substring(start, to).isBlank()) {
      return;
    }
    String head = masked.substring(start, bodyStart >= 0 ? bodyStart : to).strip().replaceAll("\\s+", " ");
    Declared declared = describe(head, language);
    items.add(new Item(declared.kind(), declared.name(), start, to, bodyStart, closed));
  }

  private static Declared describe(String head, Language language) {
    return switch (language) {
      case GO -> describeGo(head);
      case RUST -> describeRust(RUST_ATTRIBUTES.matcher(head).replaceAll("").strip());
      case JAVA, CPP -> describeCLike(ANNOTATIONS.matcher(head).replaceAll("").strip(), language);
      case PYTHON -> throw new IllegalStateException("unreachable");
    };
  }

  private static Declared describeGo(String head) {
    if (head.startsWith("package ")) {
      return named(Kind.PACKAGE, head.substring(8).strip());
    }
    if (head.startsWith("import")) {
      return named(Kind.IMPORT, "");
    }
    Matcher function = GO_FUNCTION.matcher(head);
    if (function.find()) {
      String receiver = function.group(1);
      return named(Kind.FUNCTION, receiver == null ? function.group(2) : receiver + "." + function.group(2));
    }
    if (head.startsWith("type ")) {
      return named(Kind.TYPE, firstWord(head.substring(5)));
    }
    return named(Kind.OTHER, "");
  }

  private static Declared describeRust(String head) {
    String unqualified = head.replaceFirst("^pub(?:\\s*\\([^)]*\\))?\\s*", "");
    if (unqualified.startsWith("use ")) {
      return named(Kind.IMPORT, "");
    }
    Matcher function = RUST_FUNCTION.matcher(head);
    if (function.find()) {
      return named(Kind.FUNCTION, function.group(1));
    }
    Matcher type = RUST_TYPE.matcher(head);
    if (type.find()) {
      return named(Kind.TYPE, type.group(1));
    }
    Matcher module = RUST_MODULE.matcher(head);
    return module.find() ? named(Kind.MODULE, module.group(1)) : named(Kind.OTHER, "");
  }

  private static Declared describeCLike(String head, Language language) {
    if (head.startsWith("#")) {
      return named(Kind.OTHER, "");
    }
    if (head.startsWith("import ") || head.startsWith("using ")) {
      return named(Kind.IMPORT, "");
    }
    if (head.startsWith("package ")) {
      return named(Kind.PACKAGE, head.substring(8).replace(";", "").strip());
    }
    int paren = head.indexOf('(');
    int equals = head.indexOf('=');
    Matcher type = C_TYPE.matcher(head);
    boolean typeFirst = type.find() && (paren < 0 || type.start() < paren);
    if (typeFirst && (language == Language.JAVA || paren < 0)) {
      return named(Kind.TYPE, type.group(1));
    }
    if (paren > 0 && (equals < 0 || equals > paren)) {
      Matcher call = CALL_NAME.matcher(head.substring(0, paren + 1));
      if (call.find() && !KEYWORDS.matcher(call.group(1)).matches()) {
        return named(Kind.FUNCTION, call.group(1));
      }
    }
    return named(Kind.OTHER, variableName(equals < 0 ? head : head.substring(0, equals)));
  }

  /** {@code int[] memo = ...} or {@code int count} declares memo or count: the last word. */
  private static String variableName(String declaration) {
    Matcher word = WORD.matcher(declaration.replaceAll("\\[[^\\]]*\\]", ""));
    String last = "";
    while (word.find()) {
      last = word.group();
    }
    return last;
  }

  private static Declared named(Kind kind, String name) {
    return new Declared(kind, name);
  }

  private record Declared(Kind kind, String name) {}

  private static String firstWord(String text) {
    Matcher word = WORD.matcher(text);
    return word.find() ? word.group() : "";
  }

  private static boolean atLineStart(String masked, int i) {
    int j = i - 1;
    while (j >= 0 && (masked.charAt(j) == ' ' || masked.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || masked.charAt(j) == '\n';
  }

  /** After the line break that ends a directive, following backslash continuations. */
  private static int preprocessorLineEnd(String masked, int from, int to) {
    int i = from;
    while (i < to) {
      int end = masked.indexOf('\n', i);
      if (end < 0 || end >= to) {
        return to;
      }
      if (!masked.substring(i, end).stripTrailing().endsWith("\\")) {
        return end + 1;
      }
      i = end + 1;
    }
    return to;
  }
}
