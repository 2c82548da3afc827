package io.perforch.datasets.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8: where bytes stop being UTF-8 text, so that a reader can name the line at fault rather
 * than replace the bytes silently (Java's readers turn them into U+FFFD) or fail inside a decoder.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** The offset of the first byte of {@code bytes[0, length)} that is not valid UTF-8, or -1. */
  public static int firstInvalid(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(Math.min(Math.max(length, 16), 1 << 16));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear(); // overflow: only validity matters, not the characters
    }
  }

  /** The 1-based line of a byte offset. */
  public static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  /** "not UTF-8 text (byte 0xE9 at column 7)", for the byte at {@code offset}. */
  public static String describe(byte[] bytes, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    return String.format(Locale.ROOT, "not UTF-8 text (byte 0x%02X at column %d); save the file as UTF-8",
        bytes[offset] & 0xff, offset - lineStart + 1);
  }

  /** Decodes bytes known to be valid. */
  static String decode(byte[] bytes, int length) {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}
