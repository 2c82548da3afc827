package io.perforch.transforms.profiling;

import io.perforch.candidates.CandidateAuthor;
import io.perforch.candidates.CandidateIds;
import io.perforch.candidates.CandidateJudge;
import io.perforch.datasets.model.Problem;
import io.perforch.models.Stage;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.StageTask;
import io.perforch.transforms.candidates.JudgeSettings;
import io.perforch.transforms.candidates.ModelAccess;
import io.perforch.transforms.candidates.SharedModels;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Turns stage tasks into judged candidates: a task whose candidate an earlier run already made (same
 * lineage, same id) reuses it; any other asks its model and runs the answer. Matching on the id, rather
 * than trusting caches, is what lets {@code --add-model} rerun only the new model's tasks. The earlier
 * candidates come as a map side input rather than a join: a join groups by candidate id, thousands of
 * keys, which the DirectRunner's watermark bookkeeping handles very slowly; the map costs each worker
 * the memory of the earlier run's candidates.
 */
public final class MakeCandidates
    extends PTransform<PCollection<KV<Problem, StageTask>>, PCollection<KV<Problem, Candidate>>> {
  static final String NAMESPACE = "perforch";

  private final ModelAccess access;
  private final JudgeSettings judge;
  private final PCollectionView<Map<String, Candidate>> previous;

  /** @param previous candidates of earlier runs by id (may be empty) */
  public MakeCandidates(ModelAccess access, JudgeSettings judge, PCollectionView<Map<String, Candidate>> previous) {
    this.access = access;
    this.judge = judge;
    this.previous = previous;
  }

  /** The view {@link MakeCandidates} takes: earlier candidates by id. */
  public static PCollectionView<Map<String, Candidate>> byId(PCollection<Candidate> candidates) {
    return candidates
        .apply("KeyById", WithKeys.of(Candidate::getCandidateId).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(Candidate.class)))
        .apply("AsMap", View.asMap());
  }

  @Override
  public PCollection<KV<Problem, Candidate>> expand(PCollection<KV<Problem, StageTask>> tasks) {
    return tasks
        .apply("ReuseOrMake", ParDo.of(new ReuseOrMakeFn(access, judge, previous)).withSideInputs(previous))
        .setCoder(KvCoder.of(AvroCoder.of(Problem.class), AvroCoder.of(Candidate.class)));
  }

  static final class ReuseOrMakeFn extends DoFn<KV<Problem, StageTask>, KV<Problem, Candidate>> {
    private final ModelAccess access;
    private final JudgeSettings settings;
    private final PCollectionView<Map<String, Candidate>> previous;
    private final Counter reused = Metrics.counter(NAMESPACE, "candidates_reused");
    private final Counter made = Metrics.counter(NAMESPACE, "candidates_made");
    private final Counter fromStore = Metrics.counter(NAMESPACE, "responses_from_store");
    private final Counter providerErrors = Metrics.counter(NAMESPACE, "provider_errors");
    private final Counter noCode = Metrics.counter(NAMESPACE, "answers_without_code");
    private final Counter executionsFromCache = Metrics.counter(NAMESPACE, "executions_from_cache");
    private transient CandidateAuthor author;
    private transient CandidateJudge judge;

    ReuseOrMakeFn(ModelAccess access, JudgeSettings settings, PCollectionView<Map<String, Candidate>> previous) {
      this.access = access;
      this.settings = settings;
      this.previous = previous;
    }

    @Setup
    public void setup() {
      author = new CandidateAuthor();
      judge = settings.newJudge();
    }

    @ProcessElement
    public void process(ProcessContext context) throws InterruptedException {
      KV<Problem, StageTask> task = context.element();
      Candidate earlier = context.sideInput(previous).get(CandidateIds.of(task.getKey(), task.getValue()));
      if (earlier != null && judgedAsNow(task.getKey(), earlier)) {
        reused.inc();
        context.output(KV.of(task.getKey(), earlier));
        return;
      }
      Candidate candidate = make(task.getKey(), task.getValue());
      made.inc();
      Metrics.counter(NAMESPACE, "made_" + candidate.getStage() + "_" + candidate.getModel()).inc();
      context.output(KV.of(task.getKey(), candidate));
    }
    /**
     * Whether an earlier candidate's verdict holds for this run: it was not judged, or judged with this
     * run's assembly. Otherwise it is made again, its answer served by the response store.
     */
    private boolean judgedAsNow(Problem problem, Candidate earlier) {
      if (earlier.getResult() == null || problem.getStdio() != null) {
        return true;
      }
      return earlier.getResult().getAssembly().equals(settings.assembly());
    }

    private Candidate make(Problem problem, StageTask task) throws InterruptedException {
      CandidateAuthor.Authored authored = author.write(problem, task, SharedModels.client(access, task.getModel()));
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
      Candidate judged = Stage.parse(task.getStage()) == Stage.REFINE
          ? judge.judgeRefinement(problem, candidate, task.getParent())
          : judge.judge(problem, candidate);
      Metrics.counter(NAMESPACE, "verdict_" + judged.getResult().getVerdict()).inc();
      if (judged.getResult().getFromCache()) {
        executionsFromCache.inc();
      }
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
