package io.perforch.execution.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** What the program reads on stdin: nothing, fixed bytes, or a host file. */
public sealed interface StdinSource {

  static StdinSource empty() {
    return Empty.INSTANCE;
  }

  static StdinSource of(byte[] data) {
    return new Bytes(data);
  }

  static StdinSource of(String text) {
    return new Bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The file is opened on the host by the JVM, so it need not be visible inside the sandbox. */
  static StdinSource fromFile(Path file) {
    return new FromFile(file);
  }

  /** Stdin is closed immediately: reads see end of file. */
  enum Empty implements StdinSource {
    INSTANCE
  }

  record Bytes(byte[] data) implements StdinSource {
    public Bytes {
      data = Objects.requireNonNull(data, "data").clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  record FromFile(Path file) implements StdinSource {
    public FromFile {
      Objects.requireNonNull(file, "file");
    }
  }
}
