package io.perforch.cli;

import io.perforch.datasets.model.Language;
import io.perforch.execution.Submission;
import io.perforch.execution.TestPrograms;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.Assembly;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.languages.Runners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes submissions as the exact source files PerfOrch compiles: DIR/language/task[-label]/file. */
final class ProgramFiles {
  private ProgramFiles() {}

  static int write(Path root, List<Submission> submissions, Assembly assembly) {
    Runners runners = Runners.standard();
    int written = 0;
    for (Submission submission : submissions) {
      Language language = Language.of(submission.problem());
      LanguageRunner runner = runners.get(language).orElse(null);
      if (runner == null || submission.problem().getStdio() != null) {
        continue;
      }
      Program program = TestPrograms.of(submission, runner, assembly);
      String task = submission.problem().getTaskId().replaceAll("[^A-Za-z0-9_.-]", "_");
      String dir = submission.label().equals("canonical") ? task : task + "-" + submission.label();
      Path file = root.resolve(language.id()).resolve(dir.replaceAll("[^A-Za-z0-9_.-]", "_"))
          .resolve(program.fileName());
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, program.source());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
      written++;
    }
    return written;
  }
}
