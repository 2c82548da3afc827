package io.perforch.cli;

import io.perforch.models.Stage;
import picocli.CommandLine;

/** Parses one item of {@code --stages generate,fix,refine} while the command line is parsed. */
final class StageConverter implements CommandLine.ITypeConverter<Stage> {
  @Override
  public Stage convert(String value) {
    try {
      return Stage.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
