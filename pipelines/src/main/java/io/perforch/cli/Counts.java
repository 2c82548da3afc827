package io.perforch.cli;

import picocli.CommandLine;

/**
 * Converters for whole-number options that check the range while the command line is parsed, so a bad
 * value is a usage error (exit code 2) before any work starts.
 */
final class Counts {
  private Counts() {}

  /** Counts of things that must exist: workers, samples, k, rounds, seconds. */
  static final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 1, "");
    }
  }

  /** Counts where 0 means none or all: --repeats (no measurement), --limit (every problem). */
  static final class ZeroOrMore implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 0, "");
    }
  }

  /** Measured runs a speed-up test is decided on: the rank test needs at least three. */
  static final class MeasuredRuns implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 3, " (the speed-up test needs at least 3 runs per program)");
    }
  }

  /** Runs of each program a flakiness check compares: one run has nothing to compare with. */
  static final class FlakyCheckRuns implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 2, " (a flakiness check compares runs)");
    }
  }

  private static int atLeast(String value, int minimum, String why) {
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
    }
    if (number < minimum) {
      throw new CommandLine.TypeConversionException("must be at least " + minimum + why + ", not " + number);
    }
    return number;
  }
}
