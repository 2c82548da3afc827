package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.TopLevelItems;
import io.perforch.execution.source.TopLevelItems.Item;
import io.perforch.execution.source.TopLevelItems.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Rust test program from a whole solution: the prompt and declaration up to the entry point's
 * {@code fn}, the solution, the tests. HumanEval-X declarations import a long list of names (HashMap,
 * max, Rng, ...) that solutions commonly import again or define themselves, which Rust rejects as a
 * name defined twice. So the header's {@code use} declarations move into a module that is glob-imported:
 * an explicit import or definition in the solution shadows a glob import instead of clashing with it.
 */
final class RustSolution {
  static final String HEADER_MODULE = "prompt_imports";
  /** Crate-level attributes are only allowed at the start of the file, which the header's module takes. */
  private static final Pattern INNER_ATTRIBUTE = Pattern.compile("(?m)^[ \\t]*#!\\[[^\\]]*\\][ \\t]*\\n?");
  private static final Pattern USE = Pattern.compile("(^|\\s)use\\s");

  private RustSolution() {}

  static String assemble(String promptAndDeclaration, String entryPoint, String solution, String tests) {
    String code = INNER_ATTRIBUTE.matcher(solution).replaceAll("");
    code = SolutionAssembly.withoutTestDefinitions(code, tests, Language.RUST);
    String header = SolutionAssembly.header(promptAndDeclaration, entryPoint, Language.RUST, code);
    List<Item> uses = TopLevelItems.of(header, Language.RUST).stream()
        .filter(item -> item.kind() == Kind.IMPORT)
        .toList();
    StringBuilder module = new StringBuilder();
    if (!uses.isEmpty()) {
      module.append("mod ").append(HEADER_MODULE).append(" {\n");
      for (Item use : uses) {
        String text = header.substring(use.start(), use.end()).strip();
        module.append("    ").append(text.startsWith("pub") ? text : USE.matcher(text).replaceFirst("$1pub use "))
            .append('\n');
      }
      module.append("}\nuse ").append(HEADER_MODULE).append("::*;\n");
    }
    return module + SolutionAssembly.without(header, uses) + "\n" + code + "\n" + tests + "\n";
  }
}
