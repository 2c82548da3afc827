package io.perforch.models.prompts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A failing run's output as a prompt quotes it: what differs between two runs of the same failure is
 * replaced by a placeholder, so that the same failure always gives the same request, byte for byte (and
 * the response store answers it), and the host's folders do not go to a provider.
 *
 * <p>Replaced: the host path of the build and dependency caches (a Python traceback names
 * {@code <cache>/build/python/<sha>/main.py}; it becomes {@code main.py}, as the other languages print
 * it), generated temp names ({@code /tmp/tmpab12cd34}), memory addresses ({@code 0xc0000a8228}, of 8 hex
 * digits or more: heap and stack pointers, not small constants), Java identity hashes
 * ({@code Object@2c7b84de}), goroutine numbers, Rust thread ids ({@code thread 'main' (3) panicked}) and
 * measured durations ({@code --- FAIL: TestX (0.25s)}, {@code finished in 0.00s}, {@code 1.234ms}).
 * Everything else is kept as the program printed it.
 */
public final class FailureText {
  private record Rule(Pattern pattern, String replacement) {
    String apply(String text) {
      return pattern.matcher(text).replaceAll(replacement);
    }
  }

  private static final List<Rule> RULES = List.of(
      // <any cache root>/build/<language>/<64-hex build key>/main.py -> main.py
      new Rule(Pattern.compile("[^\\s\"'`(\\[<]*/build/[a-z]+/[0-9a-f]{64}/"), ""),
      new Rule(Pattern.compile("[^\\s\"'`(\\[<]*/deps/([a-z]+)-[0-9a-f]{16}/"), "<deps>/$1/"),
      // Python's tempfile (tmpab12cd34), Java's and Go's (digits), PerfOrch's own run folders
      new Rule(Pattern.compile("(/(?:tmp|var/tmp|dev/shm)/)(?:tmp[a-z0-9_]{8}|perforch-[a-z]+-\\d+|[\\w.-]*\\d{6,})"
          + "[\\w.-]*"), "$1<tmp>"),
      new Rule(Pattern.compile("\\b0x[0-9a-fA-F]{8,}\\b"), "0x<addr>"),
      // Object.toString(): a class name (or an array's descriptor, [I) then the identity hash
      new Rule(Pattern.compile("(?<![\\w$.\\[])((?:[a-z_$][\\w$]*\\.)*[A-Z][\\w$]*|\\[+(?:[BCDFIJSZ]|L[\\w$.]+;))"
          + "@[0-9a-f]{1,8}\\b"), "$1@<hash>"),
      new Rule(Pattern.compile("\\bgoroutine \\d+\\b"), "goroutine <id>"),
      new Rule(Pattern.compile("(\\bthread '[^'\\n]*') \\(\\d+\\)"), "$1 (<id>)"),
      // decimal durations: Go's 1.234ms, 2m0.5s and (0.00s), Rust's and unittest's "in 0.001s"
      new Rule(Pattern.compile("(?<![\\w.])(?:\\d+h)?(?:\\d+m)?\\d+\\.\\d+(?:ns|[\u00b5\u03bc]s|us|ms|s)\\b"), "<time>"));

  private FailureText() {}

  /** {@code output} with what varies from run to run replaced; idempotent. */
  public static String normalise(String output) {
    String text = output;
    for (Rule rule : RULES) {
      text = rule.apply(text);
    }
    return text;
  }
}
