package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import java.util.BitSet;

/**
 * Which characters of a program are code, as opposed to string literals, character literals and
 * comments (delimiters included), so that mutations never edit text a compiler does not read as code.
 * A lexical scan per language, not a parser: it only has to find where literals and comments begin
 * and end.
 */
final class CodeMask {
  private final BitSet notCode;
  private final BitSet comment;

  private CodeMask(BitSet notCode, BitSet comment) {
    this.notCode = notCode;
    this.comment = comment;
  }

  static CodeMask of(Language language, String text) {
    Scan scan = new Scan(language, text);
    if (language == Language.PYTHON) {
      scan.python();
    } else {
      scan.braceLanguage();
    }
    BitSet both = (BitSet) scan.literal.clone();
    both.or(scan.comment);
    return new CodeMask(both, scan.comment);
  }

  boolean isCode(int index) {
    return !notCode.get(index);
  }

  boolean isComment(int index) {
    return comment.get(index);
  }

  /** True when every character in [from, to) is code. */
  boolean isCode(int from, int to) {
    int next = notCode.nextSetBit(from);
    return next < 0 || next >= to;
  }

  private static final class Scan {
    private final Language language;
    private final String text;
    private final int n;
    private final BitSet literal = new BitSet();
    private final BitSet comment = new BitSet();

    Scan(Language language, String text) {
      this.language = language;
      this.text = text;
      this.n = text.length();
    }

    void python() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '#') {
          i = markComment(i, lineEnd(i));
        } else if (c == '\'' || c == '"') {
          String triple = String.valueOf(c).repeat(3);
          i = mark(i, text.startsWith(triple, i) ? closeAfter(i + 3, triple, true) : quotedEnd(i, c, true));
        } else {
          i++;
        }
      }
    }

    void braceLanguage() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (text.startsWith("//", i)) {
          i = markComment(i, lineEnd(i));
        } else if (text.startsWith("/*", i)) {
          i = markComment(i, blockCommentEnd(i));
        } else if (c == '"') {
          i = mark(i, stringEnd(i));
        } else if (c == '`' && language == Language.GO) {
          i = mark(i, closeAfter(i + 1, "`", false));
        } else if (c == '\'') {
          i = mark(i, characterLiteralEnd(i));
        } else if (language == Language.RUST && (c == 'r' || c == 'b')) {
          i = mark(i, rustRawStringEnd(i));
        } else {
          i++;
        }
      }
    }

    private int stringEnd(int start) {
      if (language == Language.JAVA && text.startsWith("\"\"\"", start)) {
        return closeAfter(start + 3, "\"\"\"", true);
      }
      if (language == Language.CPP && isCppRawStringPrefix(start)) {
        int open = text.indexOf('(', start);
        if (open > 0) {
          return closeAfter(open + 1, ")" + text.substring(start + 1, open) + "\"", false);
        }
      }
      // Rust strings may span lines; the others end at the line's end when unterminated.
      return quotedEnd(start, '"', language != Language.RUST);
    }

    /** The end of a character literal starting at {@code start}, or {@code start} when it is not one. */
    private int characterLiteralEnd(int start) {
      if (start + 1 >= n) {
        return start;
      }
      if (language == Language.CPP && start > 0 && Character.isDigit(text.charAt(start - 1))) {
        return start; // a digit separator: 1'000'000
      }
      if (language == Language.RUST && text.charAt(start + 1) != '\\') {
        // 'a' is a character, 'a (no closing quote after one character) a lifetime or loop label.
        int after = start + 1 + Character.charCount(text.codePointAt(start + 1));
        return after < n && text.charAt(after) == '\'' ? after + 1 : start;
      }
      return quotedEnd(start, '\'', true);
    }

    /** r"...", r#"..."#, br"..." in Rust; {@code start} when there is no raw string there. */
    private int rustRawStringEnd(int start) {
      int i = start;
      if (i < n && text.charAt(i) == 'b') {
        i++;
      }
      if (i >= n || text.charAt(i) != 'r' || (start > 0 && isIdentifierPart(text.charAt(start - 1)))) {
        return start;
      }
      int hashes = 0;
      i++;
      while (i < n && text.charAt(i) == '#') {
        hashes++;
        i++;
      }
      if (i >= n || text.charAt(i) != '"') {
        return start;
      }
      return closeAfter(i + 1, "\"" + "#".repeat(hashes), false);
    }

    private int blockCommentEnd(int start) {
      int depth = 0;
      int i = start;
      while (i < n) {
        if (text.startsWith("/*", i)) {
          depth = language == Language.RUST || depth == 0 ? depth + 1 : depth;
          i += 2;
        } else if (text.startsWith("*/", i)) {
          i += 2;
          if (--depth == 0) {
            return i;
          }
        } else {
          i++;
        }
      }
      return n;
    }

    /** After the quote {@code quote} that closes the literal opened at {@code start}, skipping escapes. */
    private int quotedEnd(int start, char quote, boolean endsAtLineEnd) {
      int i = start + 1;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == quote) {
          return i + 1;
        } else if (c == '\n' && endsAtLineEnd) {
          return i;
        } else {
          i++;
        }
      }
      return n;
    }

    /** After the first {@code close} at or after {@code from}, or the text's end. */
    private int closeAfter(int from, String close, boolean escapes) {
      int i = from;
      while (i < n) {
        if (escapes && text.charAt(i) == '\\') {
          i += 2;
        } else if (text.startsWith(close, i)) {
          return i + close.length();
        } else {
          i++;
        }
      }
      return n;
    }

    /** R"delim(...)delim", optionally with an encoding prefix (u8R, uR, UR, LR). */
    private boolean isCppRawStringPrefix(int quote) {
      if (quote == 0 || text.charAt(quote - 1) != 'R') {
        return false;
      }
      int start = quote - 1;
      while (start > 0 && isIdentifierPart(text.charAt(start - 1))) {
        start--;
      }
      String prefix = text.substring(start, quote - 1);
      return prefix.isEmpty() || prefix.equals("u8") || prefix.equals("u") || prefix.equals("U")
          || prefix.equals("L");
    }

    private int lineEnd(int from) {
      int end = text.indexOf('\n', from);
      return end < 0 ? n : end;
    }

    /** Marks [from, to) as literal; {@code to == from} marks nothing. Returns where scanning goes on. */
    private int mark(int from, int to) {
      literal.set(from, Math.min(to, n));
      return Math.max(to, from + 1);
    }

    private int markComment(int from, int to) {
      comment.set(from, Math.min(to, n));
      return to;
    }

    private static boolean isIdentifierPart(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }
  }
}
