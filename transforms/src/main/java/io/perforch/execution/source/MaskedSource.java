package io.perforch.execution.source;

import io.perforch.datasets.model.Language;
import java.util.BitSet;

/**
 * Source text with every comment and string or character literal blanked to spaces (line breaks kept),
 * so that braces, keywords and names found in it are real code, at the same offsets as in the original.
 * A lexer's first pass, not a parser: it knows each language's comment and literal syntax and nothing else.
 */
public final class MaskedSource {
  private final String code;
  private final Language language;
  private final char[] out;
  private final BitSet comments = new BitSet();
  private final BitSet literals = new BitSet();

  private MaskedSource(String code, Language language) {
    this.code = code;
    this.language = language;
    this.out = code.toCharArray();
  }

  public static String mask(String code, Language language) {
    return new String(scan(code, language).out);
  }

  /** Where {@link #mask} blanks, telling comments from literals, line breaks inside either included. */
  public static Regions regions(String code, Language language) {
    MaskedSource scan = scan(code, language);
    return new Regions(scan.comments, scan.literals);
  }

  private static MaskedSource scan(String code, Language language) {
    MaskedSource masker = new MaskedSource(code, language);
    if (language == Language.PYTHON) {
      masker.maskPython();
    } else {
      masker.maskBraceLanguage();
    }
    return masker;
  }

  /** The comments and the string or character literals of a source text, by character offset. */
  public static final class Regions {
    private final BitSet comments;
    private final BitSet notCode;

    private Regions(BitSet comments, BitSet literals) {
      this.comments = comments;
      this.notCode = (BitSet) literals.clone();
      this.notCode.or(comments);
    }

    public boolean isCode(int offset) {
      return !notCode.get(offset);
    }

    /** True when every character in [from, to) is code. */
    public boolean isCode(int from, int to) {
      int next = notCode.nextSetBit(from);
      return next < 0 || next >= to;
    }

    public boolean isComment(int offset) {
      return comments.get(offset);
    }
  }

  /**
   * Brace depth at the end of {@code code}: how many blocks it leaves open (negative when it closes
   * more than it opens, as a function body that continues a prompt does).
   */
  public static int openBraces(String code, Language language) {
    String masked = mask(code, language);
    int depth = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    return depth;
  }

  private void maskBraceLanguage() {
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (startsWith(i, "//")) {
        i = blankComment(i, lineEnd(i));
      } else if (startsWith(i, "/*")) {
        i = blankComment(i, blockCommentEnd(i));
      } else if (language == Language.JAVA && startsWith(i, "\"\"\"")) {
        i = blank(i, closing(i + 3, "\"\"\""));
      } else if (language == Language.CPP && c == 'R' && startsWith(i + 1, "\"") && !identifierBefore(i)) {
        int open = code.indexOf('(', i + 2);
        String delimiter = open < 0 ? "" : code.substring(i + 2, open);
        i = open < 0 ? i + 1 : blank(i, closing(open + 1, ")" + delimiter + "\""));
      } else if (language == Language.RUST && rustRawStringHashes(i) >= 0) {
        int hashes = rustRawStringHashes(i);
        int quote = code.indexOf('"', i);
        i = blank(i, closing(quote + 1, "\"" + "#".repeat(hashes)));
      } else if (c == '"') {
        i = blank(i, quotedEnd(i, '"', language != Language.RUST));
      } else if (c == '`' && language == Language.GO) {
        i = blank(i, closing(i + 1, "`"));
      } else if (c == '\'') {
        i = characterLiteral(i);
      } else {
        i++;
      }
    }
  }

  /** A character literal, or in Rust a lifetime or label ('a), in C++ a digit separator (1'000). */
  private int characterLiteral(int i) {
    if (language == Language.CPP && i > 0 && Character.isLetterOrDigit(code.charAt(i - 1))) {
      return i + 1;
    }
    if (language == Language.RUST) {
      boolean escaped = i + 1 < code.length() && code.charAt(i + 1) == '\\';
      int afterOne = i + 1 < code.length() ? i + 1 + Character.charCount(code.codePointAt(i + 1)) : i + 1;
      boolean oneChar = afterOne < code.length() && code.charAt(afterOne) == '\'';
      if (!escaped && !oneChar) {
        return i + 1;
      }
    }
    return blank(i, quotedEnd(i, '\'', true));
  }

  private void maskPython() {
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (c == '#') {
        i = blankComment(i, lineEnd(i));
      } else if (c == '"' || c == '\'') {
        boolean raw = hasRawPrefix(i);
        String triple = String.valueOf(c).repeat(3);
        if (startsWith(i, triple)) {
          i = blank(i, pythonTripleEnd(i + 3, triple, raw));
        } else {
          i = blank(i, quotedEnd(i, c, true));
        }
      } else {
        i++;
      }
    }
  }

  private boolean hasRawPrefix(int quote) {
    int j = quote - 1;
    while (j >= 0 && Character.isLetter(code.charAt(j)) && quote - j <= 2) {
      if (Character.toLowerCase(code.charAt(j)) == 'r') {
        return true;
      }
      j--;
    }
    return false;
  }

  private int pythonTripleEnd(int from, String triple, boolean raw) {
    int i = from;
    while (i < code.length()) {
      if (code.charAt(i) == '\\' && !raw) {
        i += 2;
      } else if (startsWith(i, triple)) {
        return i + 3;
      } else {
        i++;
      }
    }
    return code.length();
  }

  /** After the closing quote; a literal left open at a line break (if it may not span lines) ends there. */
  private int quotedEnd(int open, char quote, boolean endsAtLineBreak) {
    int i = open + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n' && endsAtLineBreak) {
        return i;
      } else {
        i++;
      }
    }
    return code.length();
  }

  /** The number of #s of a Rust raw string starting at {@code i} (r"..", r#".."#, br".."), else -1. */
  private int rustRawStringHashes(int i) {
    if (identifierBefore(i)) {
      return -1;
    }
    int j = i;
    if (j < code.length() && code.charAt(j) == 'b') {
      j++;
    }
    if (j >= code.length() || code.charAt(j) != 'r') {
      return -1;
    }
    j++;
    int hashes = 0;
    while (j < code.length() && code.charAt(j) == '#') {
      hashes++;
      j++;
    }
    return j < code.length() && code.charAt(j) == '"' ? hashes : -1;
  }

  /** Rust block comments nest; the others' do not. */
  private int blockCommentEnd(int open) {
    if (language != Language.RUST) {
      return closing(open + 2, "*/");
    }
    int depth = 0;
    int i = open;
    while (i < code.length()) {
      if (startsWith(i, "/*")) {
        depth++;
        i += 2;
      } else if (startsWith(i, "*/")) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return code.length();
  }

  private boolean identifierBefore(int i) {
    return i > 0 && (Character.isLetterOrDigit(code.charAt(i - 1)) || code.charAt(i - 1) == '_');
  }

  private int closing(int from, String terminator) {
    int end = code.indexOf(terminator, from);
    return end < 0 ? code.length() : end + terminator.length();
  }

  private int lineEnd(int from) {
    int end = code.indexOf('\n', from);
    return end < 0 ? code.length() : end;
  }

  private boolean startsWith(int i, String text) {
    return code.startsWith(text, i);
  }

  /** Blanks the literal in [from, to) except line breaks; returns {@code to}. */
  private int blank(int from, int to) {
    int end = Math.min(Math.max(to, from + 1), code.length());
    for (int j = from; j < end; j++) {
      if (out[j] != '\n') {
        out[j] = ' ';
      }
    }
    literals.set(from, end);
    return end;
  }

  private int blankComment(int from, int to) {
    int end = blank(from, to);
    literals.clear(from, end);
    comments.set(from, end);
    return end;
  }
}
