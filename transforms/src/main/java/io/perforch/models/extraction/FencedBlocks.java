package io.perforch.models.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown reply: a line of three or more backticks or tildes, with an
 * optional info string whose first word is the language tag, up to a line of the same character at least
 * as long. Fences may be indented (inside a list item); the indentation is taken off the code. A block
 * the reply ends inside (cut off by the token cap) runs to the end.
 */
final class FencedBlocks {
  /**
   * @param tag the info string's first word, lower case, without a leading dot or brace ({@code .py},
   *     {@code {python}}); empty when there is none
   * @param code the lines between the fences
   */
  record Block(String tag, String code) {}

  private static final Pattern OPENING = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})[ \\t]*([^`\\n]*)$");

  private FencedBlocks() {}

  static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      Matcher opening = OPENING.matcher(lines[i]);
      if (!opening.matches()) {
        i++;
        continue;
      }
      String indent = opening.group(1);
      String fence = opening.group(2);
      StringBuilder code = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && !isClosing(lines[j], fence)) {
        code.append(lines[j].startsWith(indent) ? lines[j].substring(indent.length()) : lines[j].stripLeading())
            .append('\n');
        j++;
      }
      blocks.add(new Block(tag(opening.group(3)), code.toString()));
      i = j + 1;
    }
    return blocks;
  }

  private static boolean isClosing(String line, String fence) {
    String stripped = line.strip();
    return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static String tag(String info) {
    String first = info.strip().split("[\\s,]+", 2)[0];
    return first.replaceAll("^[.{]+|[}]+$", "").toLowerCase(Locale.ROOT);
  }
}
