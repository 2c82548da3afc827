package io.perforch.models.prompts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt's text with {@code {{name}}} placeholders. Rendering fills every placeholder in one pass (a
 * value that itself contains braces, as code does, is not expanded again) and refuses a template that
 * names a placeholder it was given no value for: a typo in a template must fail loudly, not reach a model.
 */
public final class PromptTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}");

  private final String name;
  private final String text;
  private final Set<String> placeholders;

  /**
   * @param name where the text came from, for messages (a resource name)
   * @throws IllegalArgumentException for a {@code {{} that does not start a well-formed placeholder
   */
  public PromptTemplate(String name, String text) {
    this.name = name;
    this.text = text;
    this.placeholders = parse(name, text);
  }

  public String name() {
    return name;
  }

  /** The placeholder names, in order of first use. */
  public Set<String> placeholders() {
    return placeholders;
  }

  /**
   * @param values a value for every placeholder; values the template does not use are ignored, since a
   *     language's override of a template may say less than the general one
   * @throws IllegalArgumentException naming the template, line and placeholder that has no value
   */
  public String render(Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(name + " line " + lineOf(text, matcher.start()) + ": unknown placeholder {{"
            + matcher.group(1) + "}} (this prompt fills " + new TreeSet<>(values.keySet()) + ")");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Set<String> parse(String name, String text) {
    Set<String> found = new LinkedHashSet<>();
    List<String> malformed = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      if (open < 0) {
        break;
      }
      Matcher matcher = PLACEHOLDER.matcher(text).region(open, text.length());
      if (matcher.lookingAt()) {
        found.add(matcher.group(1));
        from = matcher.end();
      } else {
        int lineEnd = text.indexOf('\n', open);
        malformed.add("line " + lineOf(text, open) + ": "
            + text.substring(open, lineEnd < 0 ? text.length() : lineEnd).strip());
        from = open + 2;
      }
    }
    if (!malformed.isEmpty()) {
      throw new IllegalArgumentException(name + ": malformed placeholder (expected {{lower_case_name}}) at "
          + String.join("; ", malformed));
    }
    return Collections.unmodifiableSet(found);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
