package io.perforch.models.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the sentences of a reply from its code, for replies without code fences: a line of prose starts
 * at the margin with a capital letter or a Markdown marker, has a few words and none of code's
 * punctuation. Used only on the edges of an unfenced reply and to judge whether it is code at all.
 */
final class ProseLines {
  private static final Pattern MARKDOWN = Pattern.compile("^(?:#{1,6} |[-*+] |\\d+[.)] |> |\\*\\*)");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
  private static final Pattern CODE_PUNCTUATION = Pattern.compile("[;{}]|\\s=\\s|==|->|::|\\b\\w{2,}\\(|[,(\\[]$");
  private static final Pattern CODE_SIGNAL = Pattern.compile(
      "[(){}\\[\\];=]|^\\s*(?:return|def|fn|func|import|from|package|use|class|for|while|if|let|var|const)\\b"
          + "|^#include");
  /** Share of non-blank lines that must look like code for an unfenced reply to be taken as code. */
  private static final double CODE_SHARE = 0.6;

  private ProseLines() {}

  static boolean isProse(String line) {
    if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
      return false;
    }
    String text = INLINE_CODE.matcher(line.strip()).replaceAll("x");
    boolean markdown = MARKDOWN.matcher(text).find();
    boolean sentence = Character.isUpperCase(text.charAt(0)) && text.split("\\s+").length >= 3;
    return (markdown || sentence) && !CODE_PUNCTUATION.matcher(text).find();
  }

  /** The text without its leading and trailing prose and blank lines. */
  static String trimmed(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    while (!lines.isEmpty() && (lines.get(0).isBlank() || isProse(lines.get(0)))) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && (lines.get(lines.size() - 1).isBlank() || isProse(lines.get(lines.size() - 1)))) {
      lines.remove(lines.size() - 1);
    }
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  /** Mostly code-like lines, and something only code has. */
  static boolean mostlyCode(String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    long code = lines.stream().filter(line -> !isProse(line)).count();
    boolean signal = lines.stream().anyMatch(line -> CODE_SIGNAL.matcher(line).find());
    return signal && code >= CODE_SHARE * lines.size();
  }
}
