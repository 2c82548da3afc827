package io.perforch.cli;

import io.perforch.datasets.model.Language;
import java.util.List;
import picocli.CommandLine;

/** Parses {@code --languages python,java} (and aliases such as golang) into languages. */
final class LanguageConverter implements CommandLine.ITypeConverter<List<Language>> {
  @Override
  public List<Language> convert(String value) {
    try {
      List<Language> languages = Language.parseList(value);
      if (languages.isEmpty()) {
        throw new CommandLine.TypeConversionException("no language given");
      }
      return languages;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
