package io.perforch.execution.source;

import io.perforch.datasets.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which functions and methods a piece of code defines (with a body, not merely calls or declares), at any
 * nesting, found by pattern in the {@link MaskedSource masked} text. Used to tell a whole solution from a
 * function body, and an answer from a usage example.
 */
public final class Definitions {
  private static final Pattern PYTHON = Pattern.compile("(?m)^[ \\t]*(?:async[ \\t]+)?def[ \\t]+(\\w+)[ \\t]*\\(");
  private static final Pattern GO =
      Pattern.compile("(?m)^[ \\t]*func[ \\t]*(?:\\([^)]*\\)[ \\t]*)?(\\w+)[ \\t]*(?:\\[[^\\]]*\\])?\\(");
  private static final Pattern RUST = Pattern.compile("\\bfn[ \\t]+(\\w+)[ \\t]*(?:<[^{;]*?>)?[ \\t]*\\(");
  /**
   * C++ and Java: at least one word of type or modifiers, the name, the parameters, then a body's brace
   * with nothing but qualifiers ({@code const}, {@code throws X}, {@code -> T}) in between.
   */
  private static final Pattern C_LIKE = Pattern.compile(
      "(?m)(?:^|[;{}])[ \\t]*(?:@\\w+[ \\t]+)*(?:(?:<[^;{}()]*>[ \\t]*)?[\\w:]+(?:<[^;{}()]*>)?(?:\\[\\])*[ \\t*&]+)+"
          + "[*&]*(~?\\w+)[ \\t]*\\([^;{}]*\\)[^;{}()=]*\\{");
  private static final Set<String> NOT_NAMES =
      Set.of("if", "for", "while", "switch", "catch", "return", "sizeof", "new", "else", "do", "synchronized");

  private Definitions() {}

  /** The names of the functions and methods {@code code} defines, in order of appearance. */
  public static List<String> functionNames(String code, Language language) {
    String masked = MaskedSource.mask(code, language);
    Matcher matcher = pattern(language).matcher(masked);
    List<String> names = new ArrayList<>();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!NOT_NAMES.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  public static boolean definesFunction(String code, Language language, String name) {
    return name != null && functionNames(code, language).contains(name);
  }

  private static Pattern pattern(Language language) {
    return switch (language) {
      case PYTHON -> PYTHON;
      case GO -> GO;
      case RUST -> RUST;
      case JAVA, CPP -> C_LIKE;
    };
  }
}
