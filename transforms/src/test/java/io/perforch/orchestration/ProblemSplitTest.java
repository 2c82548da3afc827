package io.perforch.orchestration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemSplitTest {
  private static final List<String> IDS = IntStream.range(0, 164).mapToObj(i -> "HumanEval/" + i).toList();

  @Test
  void theTestSideIsAboutTheShareAskedForAndTheSameEveryTime() {
    ProblemSplit split = ProblemSplit.DEFAULT;
    long test = IDS.stream().filter(split::isTest).count();

    assertThat(test).isBetween(60L, 104L);
    assertThat(IDS.stream().filter(split::isTest).toList())
        .isEqualTo(IDS.stream().filter(new ProblemSplit(ProblemSplit.Mode.TEST, 0.5, 0)::isTest).toList());
  }

  @Test
  void heldOutRoutingNeverLearnsFromAJudgedProblem() {
    ProblemSplit split = ProblemSplit.DEFAULT;
    for (String id : IDS) {
      assertThat(split.judged(id) && split.inTable(id, split.tableOf(id))).as(id).isFalse();
    }
    assertThat(IDS.stream().filter(split::judged).count()).isEqualTo(IDS.stream().filter(split::isTest).count());
  }

  @Test
  void inSampleSplitsLearnFromWhatTheyJudge() {
    ProblemSplit all = new ProblemSplit(ProblemSplit.Mode.ALL, 0.5, 0);
    ProblemSplit train = new ProblemSplit(ProblemSplit.Mode.TRAIN, 0.5, 0);

    assertThat(IDS).allMatch(id -> all.judged(id) && all.inTable(id, 0));
    assertThat(IDS.stream().filter(train::judged)).allMatch(id -> train.inTable(id, 0));
  }

  @Test
  void crossValidationJudgesEveryProblemOnceByATableThatNeverSawIt() {
    ProblemSplit folds = new ProblemSplit(ProblemSplit.Mode.TEST, 0.5, 4);

    assertThat(folds.tables()).isEqualTo(4);
    assertThat(IDS).allMatch(folds::judged);
    assertThat(IDS).noneMatch(id -> folds.inTable(id, folds.tableOf(id)));
    assertThat(IDS.stream().map(folds::tableOf).distinct().count()).isEqualTo(4);
  }

  @Test
  void badSplitsAreRefused() {
    assertThatThrownBy(() -> new ProblemSplit(ProblemSplit.Mode.TEST, 1.0, 0)).hasMessageContaining("test share");
    assertThatThrownBy(() -> new ProblemSplit(ProblemSplit.Mode.TEST, 0.5, 1)).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> ProblemSplit.Mode.parse("dev")).hasMessageContaining("test, train, all");
  }
}
