package io.perforch.models.prompts;

/**
 * Shortens long compiler and test output for a prompt by keeping its head and its tail, where the first
 * error and the final verdict are, and saying how much was cut between them.
 */
public final class HeadAndTail {
  private HeadAndTail() {}

  /** {@code text} if it fits in {@code maxChars}, else its head and tail around a note of the cut. */
  public static String truncate(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
    }
    if (text.length() <= maxChars) {
      return text;
    }
    int head = maxChars / 2;
    int tail = maxChars - head;
    int cut = text.length() - head - tail;
    return text.substring(0, head) + "\n[... " + cut + " characters cut ...]\n" + text.substring(text.length() - tail);
  }
}
