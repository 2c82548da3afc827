package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The runner of each language PerfOrch executes. Adding a language is adding its runner here. */
public final class Runners {
  private final Map<Language, LanguageRunner> byLanguage = new EnumMap<>(Language.class);

  private Runners() {}

  public static Runners standard() {
    Runners runners = new Runners();
    runners.add(new PythonRunner());
    runners.add(new JavaRunner());
    runners.add(new CppRunner());
    runners.add(new GoRunner());
    runners.add(new RustRunner());
    return runners;
  }

  private void add(LanguageRunner runner) {
    byLanguage.put(runner.language(), runner);
  }

  public Optional<LanguageRunner> get(Language language) {
    return Optional.ofNullable(byLanguage.get(language));
  }
}
