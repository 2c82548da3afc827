package io.perforch.models.extraction;

import io.perforch.datasets.model.EntryPoints;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.execution.Submission;
import io.perforch.execution.source.Definitions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the answer to one problem looks like, so that it can be told from the rest of a reply: for a
 * HumanEval-style problem a definition of its entry point; for an EffiBench-X {@code io} problem a program
 * with a main (Python: one that reads stdin); for a {@code functional} one a definition of the starter
 * code's method.
 */
final class ExpectedAnswer {
  private static final Pattern PYTHON_READS_STDIN =
      Pattern.compile("\\binput\\s*\\(|\\bsys\\.stdin\\b|\\bopen\\s*\\(\\s*0\\b|__name__");
  private static final Pattern JAVA_MAIN = Pattern.compile("\\bstatic\\s+(?:public\\s+)?void\\s+main\\s*\\(");
  private static final Pattern RETURN = Pattern.compile("\\breturn\\b");

  private final Language language;
  private final boolean fullProgram;
  private final List<String> names;

  ExpectedAnswer(Problem problem) {
    this.language = Language.of(problem);
    this.fullProgram = problem.getShape() == ProgramShape.FULL_PROGRAM;
    this.names = fullProgram ? starterNames(problem) : entryPoint(problem);
  }

  Language language() {
    return language;
  }

  boolean fullProgram() {
    return fullProgram;
  }

  /** The entry point a completion defines, when the problem has one. */
  String entryPoint() {
    return fullProgram || names.isEmpty() ? null : names.get(0);
  }

  /** Whether {@code code} is a complete answer: it defines the entry point, or is a program. */
  boolean isComplete(String code) {
    if (names.stream().anyMatch(name -> Definitions.definesFunction(code, language, name))) {
      return true;
    }
    if (!fullProgram || !names.isEmpty()) {
      return false;
    }
    return switch (language) {
      case PYTHON -> PYTHON_READS_STDIN.matcher(code).find();
      case JAVA -> JAVA_MAIN.matcher(code).find();
      case CPP, GO, RUST -> Definitions.definesFunction(code, language, "main");
    };
  }

  /**
   * Code that calls the entry point without defining or returning anything: an example of use, not an
   * answer (a function body that recurses has a return).
   */
  boolean isUsageExample(String code) {
    return !fullProgram && !names.isEmpty() && !isComplete(code) && !RETURN.matcher(code).find()
        && code.contains(names.get(0));
  }

  private static List<String> entryPoint(Problem problem) {
    Language language = Language.of(problem);
    String entry = problem.getEntryPoint();
    if (entry == null) {
      String declaration = problem.getDeclaration();
      entry = EntryPoints.find(language, declaration.isBlank() ? Submission.continuedCode(problem) : declaration);
    }
    return entry == null ? List.of() : List.of(entry);
  }

  /** A functional problem's answer defines the methods of its starter code. */
  private static List<String> starterNames(Problem problem) {
    StdioSpec stdio = problem.getStdio();
    String starter = stdio == null ? null : stdio.getStarterCode();
    if (stdio == null || !"functional".equals(stdio.getProblemType()) || starter == null) {
      return List.of();
    }
    return Definitions.functionNames(starter, Language.of(problem));
  }
}
