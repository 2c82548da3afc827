package io.perforch.models.extraction;

import io.perforch.datasets.model.Language;
import java.util.Map;
import java.util.Set;

/** What a code fence's language tag says about its block, for a problem in a given language. */
enum LanguageTags {
  /** Tagged with the problem's language ({@code py}, {@code c++}, {@code golang}, {@code rs} count). */
  TARGET,
  /** No tag. */
  UNTAGGED,
  /** A tag close enough to count as the language: {@code c} or {@code h} for C++. */
  COMPATIBLE,
  /** Another programming language. */
  FOREIGN,
  /** Shell commands, program output, data: never the answer. */
  NOT_CODE;

  private static final Map<Language, Set<String>> TARGETS = Map.of(
      Language.PYTHON, Set.of("python", "py", "python3", "py3", "ipython"),
      Language.JAVA, Set.of("java"),
      Language.CPP, Set.of("cpp", "c++", "cc", "cxx", "hpp", "h++"),
      Language.GO, Set.of("go", "golang"),
      Language.RUST, Set.of("rust", "rs"));
  private static final Map<Language, Set<String>> COMPATIBLES = Map.of(Language.CPP, Set.of("c", "h"));
  private static final Set<String> NOT_CODE_TAGS = Set.of(
      "bash", "sh", "shell", "zsh", "console", "terminal", "shell-session", "shellsession", "cmd", "bat",
      "powershell", "ps1", "text", "txt", "plaintext", "plain", "output", "stdout", "stderr", "log", "json",
      "yaml", "yml", "xml", "toml", "ini", "csv", "markdown", "md", "diff", "makefile", "dockerfile");

  static LanguageTags of(String tag, Language language) {
    if (tag.isEmpty()) {
      return UNTAGGED;
    }
    if (TARGETS.get(language).contains(tag)) {
      return TARGET;
    }
    if (COMPATIBLES.getOrDefault(language, Set.of()).contains(tag)) {
      return COMPATIBLE;
    }
    return NOT_CODE_TAGS.contains(tag) ? NOT_CODE : FOREIGN;
  }
}
