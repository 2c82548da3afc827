package io.perforch.cli;

import io.perforch.estimate.CallEstimate;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --dry-run}: print how many model calls and what cost a run needs, and make none. */
final class DryRunOption {
  @Option(names = "--dry-run",
      description = "Print how many model calls and roughly what cost the run needs, then stop: nothing is "
          + "asked, run or written.")
  boolean dryRun;

  @Option(names = "--assume-pass-rate", paramLabel = "P", defaultValue = "0.5",
      description = "With --dry-run: the share of programs assumed to pass, for the expected fix and refine "
          + "calls (default: ${DEFAULT-VALUE}).")
  double passRate;

  double passRate() {
    if (!(passRate >= 0 && passRate <= 1)) {
      throw new UserFacingException("--assume-pass-rate must be between 0 and 1, got " + passRate);
    }
    return passRate;
  }

  static void printProfile(PrintWriter out, List<CallEstimate.Line> lines, double passRate) {
    TextTable table = new TextTable("model", "generate>", "fix (expected / at most)>",
        "refine (expected / at most)>", "cost (expected / at most)>");
    long expected = 0;
    long most = 0;
    double costExpected = 0;
    double costMost = 0;
    for (CallEstimate.Line line : lines) {
      table.row(line.model(), Long.toString(line.generate()), line.fixExpected() + " / " + line.fixMax(),
          line.refineExpected() + " / " + line.refineMax(), dollars(line.costExpected()) + " / " + dollars(line.costMax()));
      expected += line.callsExpected();
      most += line.callsMax();
      costExpected += line.costExpected();
      costMost += line.costMax();
    }
    out.printf(Locale.ROOT, "Dry run: no model asked. Model calls this profile needs (fix and refine expected at a "
        + "pass rate of %.0f%%; at most: every program failing, then every fix passing):%n", passRate * 100);
    out.print(table.render());
    out.printf(Locale.ROOT, "Total: %,d calls expected (at most %,d), about %s (at most %s); tokens estimated at "
        + "4 characters each from the prompts and the reference solutions; answers already in the response "
        + "store cost nothing.%n", expected, most, dollars(costExpected), dollars(costMost));
  }

  static void printOrchestration(PrintWriter out, CallEstimate.Orchestration estimate) {
    out.printf(Locale.ROOT, "Dry run: no model asked. At most %,d model calls for %d tasks: the orchestrator at most "
        + "%d a task, the models alone %d a task together; at most %s. Steps the profile already made are "
        + "reused and cost nothing new.%n", estimate.callsMax(), estimate.tasks(), estimate.routedPerTask(),
        estimate.alonePerTask(), dollars(estimate.costMax()));
  }

  private static String dollars(double usd) {
    return String.format(Locale.ROOT, "$%.2f", usd);
  }
}
