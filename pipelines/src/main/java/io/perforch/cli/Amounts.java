package io.perforch.cli;

import picocli.CommandLine;

/**
 * Converters for decimal options that check the range while the command line is parsed, so a bad value
 * is a usage error (exit code 2) before any work starts.
 */
final class Amounts {
  private Amounts() {}

  /** Budgets where 0 means no limit: --max-cost. */
  static final class ZeroOrMore implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double amount = parse(value);
      if (amount < 0) {
        throw new CommandLine.TypeConversionException("cannot be negative, not " + value.strip());
      }
      return amount;
    }
  }

  /** Rates: --min-correctness. */
  static final class Share implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double share = parse(value);
      if (share < 0 || share > 1) {
        throw new CommandLine.TypeConversionException("must be between 0 and 1, not " + value.strip());
      }
      return share;
    }
  }

  /** A share of a whole that leaves some on each side: --test-share. */
  static final class ProperShare implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double share = parse(value);
      if (!(share > 0 && share < 1)) {
        throw new CommandLine.TypeConversionException("must be strictly between 0 and 1, not " + value.strip());
      }
      return share;
    }
  }

  /** A multiple of a program's peak memory: 0 for no guard, else at least 1 (below would reject savings). */
  static final class MemoryRatio implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double ratio = parse(value);
      if (ratio != 0 && ratio < 1) {
        throw new CommandLine.TypeConversionException("must be 0 (no guard) or at least 1, not " + value.strip()
            + " (below 1 would reject refinements that use less memory)");
      }
      return ratio;
    }
  }

  private static double parse(String value) {
    double number;
    try {
      number = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
    }
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a finite number");
    }
    return number;
  }
}
