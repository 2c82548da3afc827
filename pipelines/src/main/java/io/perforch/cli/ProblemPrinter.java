package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.datasets.model.TestCase;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Renders a problem for a terminal: a header line of facts, then each part under its own rule. */
final class ProblemPrinter {
  private static final int MAX_CASE_CHARS = 400;
  private final PrintWriter out;

  ProblemPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Problem p) {
    out.println("=".repeat(78));
    out.printf("%s  [%s, %s, problem %s]%n", p.getTaskId(), p.getDataset(), p.getLanguage(), p.getProblemId());
    if (p.getTitle() != null) {
      out.println("title:       " + p.getTitle());
    }
    out.println("entry point: " + orDash(p.getEntryPoint()) + "    shape: " + p.getShape().name().toLowerCase());
    out.println("category:    " + orDash(p.getCategory())
        + (p.getTags().isEmpty() ? "" : "    tags: " + String.join(", ", p.getTags())));
    out.println("solutions:   " + p.getSolutions().stream().map(ReferenceSolution::getLabel)
        .collect(Collectors.joining(", ")));
    if (p.getTimeLimitMillis() != null || p.getMemoryLimitBytes() != null) {
      out.println("limits:      " + (p.getTimeLimitMillis() == null ? "-" : p.getTimeLimitMillis() + " ms")
          + ", " + (p.getMemoryLimitBytes() == null ? "-" : p.getMemoryLimitBytes() / (1024 * 1024) + " MiB"));
    }
    section("prompt", p.getPrompt());
    if (!p.getDeclaration().isBlank()) {
      section(p.getStdio() == null ? "declaration" : "starter code", p.getDeclaration());
    }
    if (!p.getSolutions().isEmpty()) {
      ReferenceSolution canonical = p.getSolutions().get(0);
      section("reference solution (" + canonical.getLabel() + ")", canonical.getCode());
    }
    if (!p.getTest().isBlank()) {
      section("test", p.getTest());
    }
    if (p.getStdio() != null) {
      printStdio(p.getStdio());
    }
    out.println();
  }

  private void printStdio(StdioSpec stdio) {
    out.println("-- evaluation: " + stdio.getProblemType() + ", " + stdio.getTestCases().size()
        + " stdin/stdout cases" + (stdio.getEvaluator() != null ? ", judged by the problem's evaluator" : ""));
    if (!stdio.getTestCases().isEmpty()) {
      TestCase first = stdio.getTestCases().get(0);
      section("first case: input", clip(first.getInput()));
      section("first case: expected output", clip(first.getOutput()));
    }
    if (stdio.getTestRunner() != null) {
      section("test runner", stdio.getTestRunner());
    }
  }

  private void section(String title, String body) {
    out.println("-- " + title + " " + "-".repeat(Math.max(3, 74 - title.length())));
    out.println(body.stripTrailing());
  }

  private static String clip(String text) {
    return text.length() <= MAX_CASE_CHARS ? text
        : text.substring(0, MAX_CASE_CHARS) + "\n... (" + (text.length() - MAX_CASE_CHARS) + " more characters)";
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
