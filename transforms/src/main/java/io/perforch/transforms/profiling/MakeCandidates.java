package io.perforch.transforms.profiling;

import io.perforch.datasets.model.Problem;
import io.perforch.profiling.CandidateAuthor;
import io.perforch.profiling.CandidateIds;
import io.perforch.profiling.CandidateJudge;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.StageTask;
import java.util.Iterator;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Turns stage tasks into judged candidates: a task whose candidate an earlier run already made (same
 * lineage, same id) reuses it; any other asks its model and runs the answer. Joining on the id, rather
 * than trusting caches, is what lets {@code --add-model} rerun only the new model's tasks.
 */
public final class MakeCandidates
    extends PTransform<PCollection<KV<Problem, StageTask>>, PCollection<KV<Problem, Candidate>>> {
  static final String NAMESPACE = "perforch";

  private final ProfileSettings settings;
  private final PCollection<Candidate> previous;

  /** @param previous candidates of earlier runs (may be empty) */
  public MakeCandidates(ProfileSettings settings, PCollection<Candidate> previous) {
    this.settings = settings;
    this.previous = previous;
  }

  @Override
  public PCollection<KV<Problem, Candidate>> expand(PCollection<KV<Problem, StageTask>> tasks) {
    TupleTag<KV<Problem, StageTask>> taskTag = new TupleTag<>();
    TupleTag<Candidate> previousTag = new TupleTag<>();
    PCollection<KV<String, KV<Problem, StageTask>>> tasksById = tasks
        .apply("KeyTasksById", ParDo.of(new KeyTaskFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), tasks.getCoder()));
    PCollection<KV<String, Candidate>> previousById = previous
        .apply("KeyPreviousById", ParDo.of(new KeyCandidateFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(Candidate.class)));
    return KeyedPCollectionTuple.of(taskTag, tasksById).and(previousTag, previousById)
        .apply("JoinWithPrevious", CoGroupByKey.create())
        .apply("ReuseOrMake", ParDo.of(new ReuseOrMakeFn(settings, taskTag, previousTag)))
        .setCoder(KvCoder.of(AvroCoder.of(Problem.class), AvroCoder.of(Candidate.class)));
  }

  static final class KeyTaskFn extends DoFn<KV<Problem, StageTask>, KV<String, KV<Problem, StageTask>>> {
    @ProcessElement
    public void process(@Element KV<Problem, StageTask> task, OutputReceiver<KV<String, KV<Problem, StageTask>>> out) {
      out.output(KV.of(CandidateIds.of(task.getKey(), task.getValue()), task));
    }
  }

  static final class KeyCandidateFn extends DoFn<Candidate, KV<String, Candidate>> {
    @ProcessElement
    public void process(@Element Candidate candidate, OutputReceiver<KV<String, Candidate>> out) {
      out.output(KV.of(candidate.getCandidateId(), candidate));
    }
  }

  static final class ReuseOrMakeFn extends DoFn<KV<String, CoGbkResult>, KV<Problem, Candidate>> {
    private final ProfileSettings settings;
    private final TupleTag<KV<Problem, StageTask>> taskTag;
    private final TupleTag<Candidate> previousTag;
    private final Counter reused = Metrics.counter(NAMESPACE, "candidates_reused");
    private final Counter made = Metrics.counter(NAMESPACE, "candidates_made");
    private final Counter fromStore = Metrics.counter(NAMESPACE, "responses_from_store");
    private final Counter providerErrors = Metrics.counter(NAMESPACE, "provider_errors");
    private final Counter noCode = Metrics.counter(NAMESPACE, "answers_without_code");
    private transient CandidateAuthor author;
    private transient CandidateJudge judge;

    ReuseOrMakeFn(ProfileSettings settings, TupleTag<KV<Problem, StageTask>> taskTag, TupleTag<Candidate> previousTag) {
      this.settings = settings;
      this.taskTag = taskTag;
      this.previousTag = previousTag;
    }

    @Setup
    public void setup() {
      author = new CandidateAuthor();
      judge = settings.newJudge();
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<Problem, Candidate>> out)
        throws InterruptedException {
      Iterator<KV<Problem, StageTask>> tasks = joined.getValue().getAll(taskTag).iterator();
      if (!tasks.hasNext()) {
        return; // an earlier run's candidate that this run does not ask for
      }
      KV<Problem, StageTask> task = tasks.next();
      Iterator<Candidate> earlier = joined.getValue().getAll(previousTag).iterator();
      if (earlier.hasNext()) {
        reused.inc();
        out.output(KV.of(task.getKey(), earlier.next()));
        return;
      }
      Candidate candidate = make(task.getKey(), task.getValue());
      made.inc();
      Metrics.counter(NAMESPACE, "made_" + candidate.getStage() + "_" + candidate.getModel()).inc();
      out.output(KV.of(task.getKey(), candidate));
    }

    private Candidate make(Problem problem, StageTask task) throws InterruptedException {
      CandidateAuthor.Authored authored = author.write(problem, task, SharedModels.client(settings, task.getModel()));
      Candidate candidate = authored.candidate();
      if (authored.fromStore()) {
        fromStore.inc();
      }
      if (candidate.getOutcome() == CandidateOutcome.PROVIDER_ERROR) {
        providerErrors.inc();
        return candidate;
      }
      if (candidate.getOutcome() == CandidateOutcome.NO_CODE) {
        noCode.inc();
        return candidate;
      }
      Candidate judged = task.getStage().equals("refine")
          ? judge.judgeRefinement(problem, candidate, task.getParent())
          : judge.judge(problem, candidate);
      Metrics.counter(NAMESPACE, "verdict_" + judged.getResult().getVerdict()).inc();
      return judged;
    }

    @Teardown
    public void teardown() {
      if (judge != null) {
        judge.close();
      }
    }
  }
}
