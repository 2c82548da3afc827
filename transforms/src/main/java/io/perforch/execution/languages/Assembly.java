package io.perforch.execution.languages;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a HumanEval-style test program is put together from a problem's parts and a candidate's code.
 * Pass rates are only comparable with published ones when programs are assembled as the benchmark's own
 * harness assembles them, so that is the default; the lenient way forgives more and must be asked for.
 */
public enum Assembly {
  /**
   * Exactly as HumanEval-X's evaluation (THUDM/CodeGeeX) does it, see {@link HumanEvalXHarness}: its fixed
   * Python import lines, its C++ include lines, Go's test_setup with only the helper packages the
   * completion names, Rust's empty {@code main} before the declaration, Java as it is.
   */
  UPSTREAM,
  /**
   * PerfOrch's forgiving assembly: the same Python import lines without cutting the completion at its
   * first unindented line, a broad C++ prelude with {@code using namespace std;}, Go imports repaired
   * (kept when used, added when a helper package is used anywhere), Rust with the prompt before the
   * declaration. Numbers made this way are not comparable with published ones.
   */
  LENIENT;

  public static final Assembly DEFAULT = UPSTREAM;

  /** The name used on the command line, in manifests and in profile tables. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code id}; a clear error that lists the choices otherwise. */
  public static Assembly of(String id) {
    for (Assembly mode : values()) {
      if (mode.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown assembly '" + id + "': choose one of "
        + Arrays.stream(values()).map(Assembly::id).collect(Collectors.joining(", ")));
  }
}
