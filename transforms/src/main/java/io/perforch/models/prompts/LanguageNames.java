package io.perforch.models.prompts;

import io.perforch.datasets.model.Language;

/** How prompts name a language, and the tag they put on its code fences. */
final class LanguageNames {
  private LanguageNames() {}

  static String displayName(Language language) {
    return switch (language) {
      case PYTHON -> "Python 3";
      case JAVA -> "Java";
      case CPP -> "C++17";
      case GO -> "Go";
      case RUST -> "Rust";
    };
  }

  static String fenceTag(Language language) {
    return switch (language) {
      case PYTHON -> "python";
      case JAVA -> "java";
      case CPP -> "cpp";
      case GO -> "go";
      case RUST -> "rust";
    };
  }
}
