package io.perforch.models.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply's text as the extractor reads it: Unix line breaks, and without the reasoning that thinking
 * models put in {@code <think>...</think>} (which holds drafts, not the answer).
 *
 * @param text what is left to look for code in
 * @param unfinishedThinking the reply ended inside a {@code <think>} section (cut off by the token cap)
 */
record ReplyText(String text, boolean unfinishedThinking) {
  private static final Pattern CLOSED = Pattern.compile("(?is)<(think|thinking|reasoning)>.*?</\\1>");
  private static final Pattern OPEN = Pattern.compile("(?i)<(?:think|thinking|reasoning)>");
  /** Some hosts strip the opening tag and leave only the closing one. */
  private static final Pattern CLOSE_ONLY = Pattern.compile("(?is)\\A.*</(?:think|thinking|reasoning)>");

  static ReplyText of(String reply) {
    String text = reply.replace("\r\n", "\n").replace('\r', '\n');
    text = CLOSED.matcher(text).replaceAll("");
    Matcher closeOnly = CLOSE_ONLY.matcher(text);
    if (closeOnly.find()) {
      text = text.substring(closeOnly.end());
    }
    Matcher open = OPEN.matcher(text);
    if (open.find()) {
      return new ReplyText(text.substring(0, open.start()), true);
    }
    return new ReplyText(text, false);
  }
}
