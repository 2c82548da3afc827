package io.perforch.transforms.orchestration;

import io.perforch.candidates.CandidateJudge;
import io.perforch.datasets.model.Problem;
import io.perforch.orchestration.AskedSteps;
import io.perforch.orchestration.RecordedSteps;
import io.perforch.orchestration.StepMaker;
import io.perforch.orchestration.TaskRuns;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.model.Candidate;
import io.perforch.transforms.candidates.SharedModels;
import java.util.Map;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Runs every loop of every judged task (the orchestrator's route, each model alone, the oracle) and
 * emits their results and traces. A task's loops run together on one worker so that a step two loops
 * share is asked and judged once; tasks spread over the workers.
 */
public final class RunTaskLoops extends PTransform<PCollection<Problem>, PCollectionTuple> {
  public static final TupleTag<TaskResult> RESULTS = new TupleTag<>() {};
  public static final TupleTag<TraceStep> TRACES = new TupleTag<>() {};
  static final String NAMESPACE = "perforch";

  private final OrchestrationSettings settings;
  private final PCollectionView<Map<String, Candidate>> profile;

  /** @param profile the profiling run's candidates by id (may be empty) */
  public RunTaskLoops(OrchestrationSettings settings, PCollectionView<Map<String, Candidate>> profile) {
    this.settings = settings;
    this.profile = profile;
  }

  @Override
  public PCollectionTuple expand(PCollection<Problem> problems) {
    PCollectionTuple outputs = problems.apply("RunLoops",
        ParDo.of(new RunLoopsFn(settings, profile)).withSideInputs(profile)
            .withOutputTags(RESULTS, TupleTagList.of(TRACES)));
    outputs.get(RESULTS).setCoder(AvroCoder.of(TaskResult.class));
    outputs.get(TRACES).setCoder(AvroCoder.of(TraceStep.class));
    return outputs;
  }

  static final class RunLoopsFn extends DoFn<Problem, TaskResult> {
    private final OrchestrationSettings settings;
    private final PCollectionView<Map<String, Candidate>> profile;
    private final Counter tasks = Metrics.counter(NAMESPACE, "tasks_orchestrated");
    private final Counter solved = Metrics.counter(NAMESPACE, "tasks_solved_by_orchestrator");
    private final Counter asked = Metrics.counter(NAMESPACE, "steps_asked");
    private final Counter fromProfile = Metrics.counter(NAMESPACE, "steps_from_profile");
    private final Counter missing = Metrics.counter(NAMESPACE, "steps_missing");
    private transient CandidateJudge judge;

    RunLoopsFn(OrchestrationSettings settings, PCollectionView<Map<String, Candidate>> profile) {
      this.settings = settings;
      this.profile = profile;
    }

    @Setup
    public void setup() {
      judge = settings.judge().newJudge();
    }

    @ProcessElement
    public void process(ProcessContext context) throws InterruptedException {
      Problem problem = context.element();
      TaskRuns.Outcome outcome = new TaskRuns(steps(context.sideInput(profile)), settings.loop())
          .run(problem, settings.routesOf(problem.getTaskId()));
      outcome.results().forEach(context::output);
      outcome.traces().forEach(step -> context.output(TRACES, step));
      countSteps(outcome);
      tasks.inc();
      if (outcome.results().get(0).getSolved()) {
        solved.inc();
      }
    }

    /** Each distinct step of the task once, by where it came from (loops share their steps). */
    private void countSteps(TaskRuns.Outcome outcome) {
      java.util.Map<String, StepOrigin> origins = new java.util.HashMap<>();
      int missingSteps = 0;
      for (TraceStep step : outcome.traces()) {
        if (step.getOrigin() == StepOrigin.NOT_AVAILABLE) {
          missingSteps++;
        } else if (step.getModel() != null && step.getCandidateId() != null) {
          origins.putIfAbsent(step.getCandidateId(), step.getOrigin());
        }
      }
      origins.values().forEach(origin -> (origin == StepOrigin.ASKED ? asked : fromProfile).inc());
      missing.inc(missingSteps);
    }

    private StepMaker steps(Map<String, Candidate> recorded) {
      StepMaker asked = settings.models() == null ? null
          : new AskedSteps(judge, model -> SharedModels.client(settings.models(), model));
      return settings.reuseProfile()
          ? new RecordedSteps(recorded, settings.judge().assembly(), asked, judge, settings.loop().validation())
          : asked;
    }

    @Teardown
    public void teardown() {
      if (judge != null) {
        judge.close();
      }
    }
  }
}
