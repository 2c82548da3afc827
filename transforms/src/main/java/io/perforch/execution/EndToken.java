package io.perforch.execution;

import io.perforch.execution.languages.EndMarks;
import io.perforch.execution.sandbox.RunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.HexFormat;

/**
 * One run's secret for the {@link EndMarks end-of-tests marks}: fresh and random for every run, so that
 * neither a cached program nor an earlier run's output can supply it, handed to the program in its
 * environment and looked for afterwards in the file its marks append to.
 */
final class EndToken {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private EndToken(String value) {
    this.value = value;
  }

  static EndToken fresh() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new EndToken(HexFormat.of().formatHex(bytes));
  }

  /** The file lies in the run's private work dir; sandboxes rewrite the host path to theirs. */
  void handTo(RunRequest.Builder request, Path workDir) {
    request.env(EndMarks.TOKEN_VARIABLE, value).env(EndMarks.FILE_VARIABLE, workDir.resolve(EndMarks.FILE_NAME).toString());
  }

  /** Whether marks 0 to {@code marks - 1} were all written with this token. */
  boolean allMarksIn(Path workDir, int marks) {
    Path file = workDir.resolve(EndMarks.FILE_NAME);
    if (marks == 0) {
      return true;
    }
    if (!Files.isRegularFile(file)) {
      return false;
    }
    BitSet seen = new BitSet(marks);
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (space > 0 && line.substring(0, space).equals(value)) {
          String index = line.substring(space + 1).strip();
          if (index.matches("\\d{1,6}") && Integer.parseInt(index) < marks) {
            seen.set(Integer.parseInt(index));
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // unreadable (not UTF-8, a folder, ...): no proof
    }
    return seen.cardinality() == marks;
  }
}
