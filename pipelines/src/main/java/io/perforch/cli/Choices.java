package io.perforch.cli;

import io.perforch.orchestration.ProblemSplit;
import io.perforch.orchestration.RefineMode;
import io.perforch.orchestration.Validation;
import io.perforch.routing.RoutingPolicies;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Converters for options that name one of a few choices, checked while the command line is parsed, so
 * a misspelt choice is a usage error (exit code 2) listing the valid ones.
 */
final class Choices {
  private Choices() {}

  static final class RefineModes extends Named<RefineMode> {
    RefineModes() {
      super(RefineMode::parse);
    }
  }

  static final class Validations extends Named<Validation> {
    Validations() {
      super(Validation::parse);
    }
  }

  static final class Splits extends Named<ProblemSplit.Mode> {
    Splits() {
      super(ProblemSplit.Mode::parse);
    }
  }

  /** A policy name; its options (--weights, --min-correctness) are checked when it is built. */
  static final class Policies extends Named<String> {
    Policies() {
      super(name -> {
        if (!RoutingPolicies.NAMES.contains(name)) {
          throw new IllegalArgumentException("unknown routing policy '" + name + "' (expected one of "
              + String.join(", ", RoutingPolicies.NAMES) + ")");
        }
        return name;
      });
    }
  }

  private abstract static class Named<T> implements CommandLine.ITypeConverter<T> {
    private final Function<String, T> parse;

    Named(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T convert(String value) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
