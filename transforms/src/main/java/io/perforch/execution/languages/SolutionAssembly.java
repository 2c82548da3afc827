package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.TopLevelItems;
import io.perforch.execution.source.TopLevelItems.Item;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shared steps of putting a whole solution (not a continuation) between a HumanEval-X prompt and its
 * tests in the brace languages: the prompt's header is what precedes the entry point's definition, and a
 * definition may appear once only, so the solution's own definitions win over the header's and the tests'
 * (main, class Main, mod tests) over the solution's.
 */
final class SolutionAssembly {
  private SolutionAssembly() {}

  /**
   * The prompt up to the entry point's definition (the function named {@code entryPoint}, else the one
   * the prompt leaves unfinished), without the definitions {@code solution} makes again.
   */
  static String header(String prompt, String entryPoint, Language language, String solution) {
    List<Item> items = TopLevelItems.of(prompt, language);
    int cut = entryStart(items, entryPoint, prompt.length());
    Set<String> redefined = definedNames(solution, language);
    List<Item> dropped = items.stream()
        .filter(item -> item.end() <= cut && item.isDefinition() && redefined.contains(item.name()))
        .toList();
    return without(prompt.substring(0, cut), dropped);
  }

  /** The solution without what the tests define themselves, and without a package clause. */
  static String withoutTestDefinitions(String solution, String tests, Language language) {
    Set<String> testNames = definedNames(tests, language);
    List<Item> dropped = TopLevelItems.of(solution, language).stream()
        .filter(item -> item.kind() == TopLevelItems.Kind.PACKAGE
            || (item.isDefinition() && testNames.contains(item.name())))
        .toList();
    return without(solution, dropped);
  }

  static Set<String> definedNames(String code, Language language) {
    return TopLevelItems.of(code, language).stream()
        .filter(Item::isDefinition)
        .map(Item::name)
        .collect(Collectors.toSet());
  }

  private static int entryStart(List<Item> items, String entryPoint, int otherwise) {
    for (int i = items.size() - 1; i >= 0; i--) {
      Item item = items.get(i);
      if (item.kind() == TopLevelItems.Kind.FUNCTION && item.name().equals(entryPoint)) {
        return item.start();
      }
    }
    return items.stream().filter(item -> !item.closed()).map(Item::start).findFirst().orElse(otherwise);
  }

  /** {@code code} with the items' text (and the line break that ends each) cut out; items must lie within it. */
  static String without(String code, List<Item> items) {
    StringBuilder kept = new StringBuilder();
    int from = 0;
    for (Item item : items.stream().sorted(Comparator.comparingInt(Item::start)).toList()) {
      kept.append(code, from, item.start());
      from = item.end() < code.length() && code.charAt(item.end()) == '\n' ? item.end() + 1 : item.end();
    }
    return kept.append(code.substring(from)).toString();
  }
}
