package io.perforch.orchestration;

import io.perforch.execution.build.Program;
import java.io.Serializable;
import java.util.Locale;

/**
 * Which problems a router learns from and which it is judged on, decided by problem id alone (the
 * language-independent id, so a problem is on the same side in every language), from a hash: the same
 * problem falls the same way in every run, whatever else the dataset holds.
 *
 * @param mode which side is judged
 * @param testShare the share of problems on the test side (a hash bucket out of 1000)
 * @param folds 0 or 1 for a plain split; k ≥ 2 for k-fold cross-validation, every problem judged once,
 *     by a route table learnt from the other folds
 */
public record ProblemSplit(Mode mode, double testShare, int folds) implements Serializable {
  /** The side judged. */
  public enum Mode {
    /** Learn from the train side, judge on the test side: what routing gains on unseen problems. */
    TEST,
    /** Learn from and judge on the train side: in-sample, optimistic. */
    TRAIN,
    /** Learn from and judge on every problem, as the study does: in-sample, optimistic. */
    ALL;

    public String id() {
      return EnumIds.id(this);
    }

    public static Mode parse(String id) {
      return EnumIds.parse(Mode.class, id, "split");
    }
  }

  public static final ProblemSplit DEFAULT = new ProblemSplit(Mode.TEST, 0.5, 0);

  public ProblemSplit {
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("the test share must be between 0 and 1, got " + testShare);
    }
    if (folds < 0 || folds == 1) {
      throw new IllegalArgumentException("--folds needs at least 2 folds, got " + folds);
    }
  }

  public boolean crossValidated() {
    return folds >= 2;
  }

  /** Whether the router is judged on this problem. */
  public boolean judged(String problemId) {
    return crossValidated() || switch (mode) {
      case TEST -> isTest(problemId);
      case TRAIN -> !isTest(problemId);
      case ALL -> true;
    };
  }

  /** The route table a judged problem is routed by: its fold under cross-validation, else 0. */
  public int tableOf(String problemId) {
    return crossValidated() ? fold(problemId) : 0;
  }

  public int tables() {
    return crossValidated() ? folds : 1;
  }

  /** Whether a route table {@code table} learns from the problem. */
  public boolean inTable(String problemId, int table) {
    if (crossValidated()) {
      return fold(problemId) != table;
    }
    return mode == Mode.ALL || !isTest(problemId);
  }

  public boolean isTest(String problemId) {
    return bucket(problemId) % 1000 < Math.round(testShare * 1000);
  }

  public int fold(String problemId) {
    return (int) Long.remainderUnsigned(bucket(problemId) / 1000, Math.max(folds, 1));
  }

  /** What the report says about the split. */
  public String describe() {
    if (crossValidated()) {
      return folds + "-fold cross-validation by problem id: every problem judged once, routed by a table "
          + "learnt from the other folds";
    }
    return switch (mode) {
      case TEST -> String.format(Locale.ROOT, "held out: routed by what the train problems taught, judged on "
          + "the test problems (%.0f%% of problem ids)", testShare * 100);
      case TRAIN -> "in-sample: learnt from and judged on the train problems (optimistic)";
      case ALL -> "in-sample: learnt from and judged on every problem, as the study does (optimistic)";
    };
  }

  private static long bucket(String problemId) {
    return Long.parseUnsignedLong(Program.sha256("perforch-split\0" + problemId).substring(0, 15), 16);
  }
}
