package io.perforch.models.extraction;

import io.perforch.datasets.model.Language;
import io.perforch.execution.source.MaskedSource;

/**
 * What chat models get wrong when they answer with a function body alone: Python bodies written from the
 * margin instead of indented under the signature, and bodies that leave off the closing braces of the
 * function (and, in Java, of the class) that the prompt opened.
 */
final class ContinuationRepair {
  private static final String INDENT = "    ";

  private ContinuationRepair() {}

  static String repair(String continuedCode, String body, Language language) {
    String code = body.stripTrailing() + "\n";
    if (language == Language.PYTHON) {
      return indentedUnderSignature(code);
    }
    int open = MaskedSource.openBraces(continuedCode, language);
    int closed = -MaskedSource.openBraces(code, language);
    return closed < open ? code + "}\n".repeat(open - closed) : code;
  }

  private static String indentedUnderSignature(String code) {
    String first = code.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    if (first.isEmpty() || Character.isWhitespace(first.charAt(0))) {
      return code;
    }
    StringBuilder indented = new StringBuilder();
    code.lines().forEach(line -> indented.append(line.isBlank() ? "" : INDENT + line).append('\n'));
    return indented.toString();
  }
}
