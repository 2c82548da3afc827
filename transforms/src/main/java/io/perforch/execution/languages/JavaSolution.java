package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.TopLevelItems;
import io.perforch.execution.source.TopLevelItems.Item;
import io.perforch.execution.source.TopLevelItems.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Java test program from a whole solution. The reply's {@code class Solution} replaces the prompt's,
 * keeping the helper methods the prompt's class provides and the reply's does not define; a reply of
 * bare methods becomes the body of a {@code class Solution}. All imports go first, the prompt's and the
 * reply's (Java ignores a duplicate import); a package clause and a class the tests define ({@code Main})
 * are dropped, and {@code public} is taken off top-level types, since the file is Main.java.
 */
final class JavaSolution {
  static final String CLASS = "Solution";
  private static final Pattern PUBLIC = Pattern.compile("\\bpublic\\s+");

  /** A field, method or nested type of the prompt's class, by name. */
  private record Member(String name, String text) {}

  private JavaSolution() {}

  static String assemble(String prompt, String solution, String tests) {
    List<Item> promptItems = TopLevelItems.of(prompt, Language.JAVA);
    Optional<Item> promptClass = promptItems.stream().filter(item -> item.kind() == Kind.TYPE).findFirst();
    String promptImports = promptClass.map(item -> prompt.substring(0, item.start())).orElse("");
    List<Member> helpers = promptClass.map(item -> promptMembers(prompt, item)).orElse(List.of());

    Set<String> testTypes = SolutionAssembly.definedNames(tests, Language.JAVA);
    List<Item> items = TopLevelItems.of(solution, Language.JAVA);
    StringBuilder imports = new StringBuilder(promptImports.strip()).append('\n');
    StringBuilder types = new StringBuilder();
    StringBuilder members = new StringBuilder();
    boolean hasTypes = items.stream()
        .anyMatch(item -> item.kind() == Kind.TYPE && !testTypes.contains(item.name()));
    for (Item item : items) {
      String text = solution.substring(item.start(), item.end());
      switch (item.kind()) {
        case IMPORT -> imports.append(text.strip()).append('\n');
        case PACKAGE -> { } // the tests' Main is in the unnamed package
        case TYPE -> {
          if (!testTypes.contains(item.name())) {
            types.append(typeText(solution, item, helpers)).append("\n\n");
          }
        }
        default -> (hasTypes ? types : members).append(text).append("\n\n");
      }
    }
    if (!hasTypes) {
      types.append(wrapped(members.toString(), helpers, memberNames(members.toString())));
    }
    return imports + "\n" + types + "\n" + tests + "\n";
  }

  /** A type of the reply, not public; the Solution class also gets the prompt's helpers it lacks. */
  private static String typeText(String solution, Item type, List<Member> helpers) {
    if (!type.hasBody()) {
      return solution.substring(type.start(), type.end());
    }
    String head = PUBLIC.matcher(solution.substring(type.start(), type.bodyStart())).replaceFirst("");
    String body = solution.substring(type.bodyStart(), type.end());
    if (!type.name().equals(CLASS)) {
      return head + body;
    }
    int bodyEnd = solution.lastIndexOf('}', type.end() - 1);
    Set<String> defined = namesOf(TopLevelItems.of(solution, Language.JAVA, type.bodyStart() + 1, bodyEnd));
    return head + "{\n" + missingHelpers(helpers, defined) + body.substring(1);
  }

  private static String wrapped(String members, List<Member> helpers, Set<String> defined) {
    return "class " + CLASS + " {\n" + missingHelpers(helpers, defined) + members + "}\n";
  }

  /** The complete members of the prompt's class: the helpers before the unfinished entry point. */
  private static List<Member> promptMembers(String prompt, Item promptClass) {
    List<Member> members = new ArrayList<>();
    if (!promptClass.hasBody()) {
      return members;
    }
    for (Item member : TopLevelItems.of(prompt, Language.JAVA, promptClass.bodyStart() + 1, prompt.length())) {
      if (member.closed() && !member.name().isEmpty()) {
        members.add(new Member(member.name(), prompt.substring(member.start(), member.end())));
      }
    }
    return members;
  }

  private static String missingHelpers(List<Member> helpers, Set<String> defined) {
    StringBuilder missing = new StringBuilder();
    for (Member helper : helpers) {
      if (!defined.contains(helper.name())) {
        missing.append("    ").append(helper.text()).append("\n\n");
      }
    }
    return missing.toString();
  }

  private static Set<String> memberNames(String members) {
    return namesOf(TopLevelItems.of(members, Language.JAVA));
  }

  private static Set<String> namesOf(List<Item> items) {
    return items.stream().map(Item::name).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
  }
}
