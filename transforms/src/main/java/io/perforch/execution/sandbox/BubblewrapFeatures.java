package io.perforch.execution.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Optional bwrap flags this installation understands (Ubuntu 22.04 ships 0.6, which lacks
 * --disable-userns and --size); read once from {@code bwrap --help}.
 */
record BubblewrapFeatures(boolean disableUserns, boolean size, boolean perms) {

  static BubblewrapFeatures detect(Path bwrap) throws IOException {
    Process process = new ProcessBuilder(bwrap.toString(), "--help").redirectErrorStream(true).start();
    process.getOutputStream().close();
    String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(bwrap + " --help did not finish");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while probing " + bwrap, e);
    }
    if (!help.contains("--unshare-pid")) {
      throw new IOException(bwrap + " does not look like bubblewrap");
    }
    return new BubblewrapFeatures(
        help.contains("--disable-userns"), help.contains("--size"), help.contains("--perms"));
  }
}
