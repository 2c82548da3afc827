package io.perforch.datasets.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** The lines of a stream, each checked to be UTF-8 text; a line that is not fails with file and line. */
final class Utf8Lines {
  private final String file;
  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[8192];
  private long number;

  Utf8Lines(String file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /** The next line without its line break, or null at the end of the stream. */
  String next() throws IOException {
    int length = 0;
    boolean ended = false;
    while (!ended) {
      if (chunkStart == chunkEnd) {
        chunkEnd = in.read(chunk);
        chunkStart = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          if (length == 0) {
            return null;
          }
          break;
        }
      }
      int stop = chunkStart;
      while (stop < chunkEnd && chunk[stop] != '\n') {
        stop++;
      }
      ended = stop < chunkEnd;
      int piece = stop - chunkStart;
      if (length + piece > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + piece));
      }
      System.arraycopy(chunk, chunkStart, line, length, piece);
      length += piece;
      chunkStart = ended ? stop + 1 : stop;
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int invalid = Utf8Text.firstInvalid(line, length);
    if (invalid >= 0) {
      throw new DatasetFormatException(file, number, null, Utf8Text.describe(line, invalid));
    }
    return Utf8Text.decode(line, length);
  }

  /** The 1-based number of the line {@link #next} returned last. */
  long number() {
    return number;
  }
}
