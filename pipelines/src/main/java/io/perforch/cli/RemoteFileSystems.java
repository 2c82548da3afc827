package io.perforch.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Beam's FileSystems know local files from the start; other schemes (gs://) must be registered from
 * pipeline options, which costs the JVM about a second of CPU. So only a command whose arguments name
 * such a path registers them up front; a pipeline run registers them itself.
 */
final class RemoteFileSystems {
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://");

  private RemoteFileSystems() {}

  /** Registers every FileSystem on the classpath when an argument names a path that is not local. */
  static void registerIfNamed(String[] args) {
    if (named(args)) {
      FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    }
  }

  /** Whether any argument holds a URI whose scheme is not {@code file}, e.g. {@code --out=gs://b/run}. */
  static boolean named(String[] args) {
    for (String arg : args) {
      Matcher uri = SCHEME.matcher(arg);
      while (uri.find()) {
        if (!uri.group(1).equalsIgnoreCase("file")) {
          return true;
        }
      }
    }
    return false;
  }
}
