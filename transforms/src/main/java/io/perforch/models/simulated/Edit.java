package io.perforch.models.simulated;

/** Replace the text in [start, end) with {@code replacement}: one candidate mutation. */
record Edit(int start, int end, String replacement) {
  Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  String applyTo(String text) {
    return text.substring(0, start) + replacement + text.substring(end);
  }
}
