package io.perforch.execution.build;

import io.perforch.datasets.model.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A program as it will be compiled: one source file. Its {@link #buildKey} names the compiled artefact in
 * the build cache, so it covers everything that changes the artefact: language, toolchain, flags, source.
 *
 * @param language the language
 * @param fileName the source file name the compiler expects, e.g. {@code Main.java}
 * @param source the whole source text
 * @param endMarks how many end-of-tests marks the source holds, all of which a passing run must write
 *     ({@code io.perforch.execution.languages.EndMarks}); 0 for a program judged by its output alone
 */
public record Program(Language language, String fileName, String source, int endMarks) {
  public Program {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    if (endMarks < 0) {
      throw new IllegalArgumentException("endMarks must be 0 or more, was " + endMarks);
    }
  }

  /** A program without end-of-tests marks. */
  public Program(Language language, String fileName, String source) {
    this(language, fileName, source, 0);
  }

  /** Content hash of the artefact this program builds into with the given toolchain and flags. */
  public String buildKey(String toolchain, String flags) {
    return sha256(language.id() + "\0" + toolchain + "\0" + flags + "\0" + fileName + "\0" + source);
  }

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
