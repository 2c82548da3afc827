package io.perforch.models.fleet;

import java.util.Collection;
import java.util.Locale;

/** Finds the known name a misspelt one was probably meant to be, by edit distance. */
final class ClosestName {
  private ClosestName() {}

  /**
   * {@code " (did you mean 'timeout_seconds'?)"} when a known name is close enough to be a typo of
   * {@code name}, else {@code " (expected one of a, b, c)"}.
   */
  static String suggestion(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    // A third of the name's length catches typos and swapped letters but not unrelated words.
    if (best != null && bestDistance <= Math.max(2, name.length() / 3)) {
      return " (did you mean '" + best + "'?)";
    }
    return " (expected one of " + String.join(", ", known) + ")";
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
