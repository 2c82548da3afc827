package io.perforch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Beam options file (runner-configs/*.options): one {@code --name=value} a line, {@code #} comments. */
final class RunnerOptionsFile {
  private RunnerOptionsFile() {}

  static List<String> read(Path file) {
    if (file == null) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserFacingException("cannot read --runner-options " + file + ": " + e.getMessage(), e);
    }
    List<String> options = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("--")) {
        throw new UserFacingException(file + ":" + (i + 1) + ": expected a Beam option like --runner=FlinkRunner, got '"
            + line + "'");
      }
      options.add(line);
    }
    return options;
  }

  /**
   * A job's Beam arguments: those of the options file, then the command line's; and, when {@code --workers}
   * was given, {@code --targetParallelism} (on the DirectRunner each bundle judges one program at a time:
   * --workers sets how many run at once) unless the arguments set it themselves.
   */
  static List<String> beamArgs(Path file, List<String> commandLine, Integer workers) {
    List<String> all = new java.util.ArrayList<>(read(file));
    all.addAll(commandLine);
    if (workers != null && all.stream().noneMatch(arg -> arg.startsWith("--targetParallelism"))) {
      all.add("--targetParallelism=" + workers);
    }
    return all;
  }
}
