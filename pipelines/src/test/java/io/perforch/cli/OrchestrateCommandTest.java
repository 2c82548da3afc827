package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * perforch orchestrate end to end on the DirectRunner, routed by a real profiling run of simulated models
 * whose strengths differ by language, on held-out problems of the sample dataset.
 */
class OrchestrateCommandTest {
  /** A Python specialist, a Java specialist and a middling model; none of them fixes well. */
  private static final String FLEET = """
      models:
        - id: sim-py
          provider: simulated
          simulated: {seed: 5, default: 0.15, skill: {python: {generate: 0.95, fix: 0.1}}}
        - id: sim-java
          provider: simulated
          simulated: {seed: 6, default: 0.15, skill: {java: {generate: 0.95, fix: 0.1}}}
        - id: sim-mid
          provider: simulated
          simulated: {seed: 7, default: 0.45}
      """;

  @TempDir Path dir;

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--cache-dir", dir.resolve("cache").toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private Path fleet() throws Exception {
    Path fleet = dir.resolve("fleet.yaml");
    Files.writeString(fleet, FLEET);
    return fleet;
  }

  private static List<TaskResult> results(Path run) throws Exception {
    return RunFiles.readAvro(RunFiles.resolve(run.toString(), RunLayout.FINAL_RESULTS), TaskResult.class);
  }

  private static List<TraceStep> traces(Path run) throws Exception {
    return RunFiles.readAvro(RunFiles.resolve(run.toString(), RunLayout.TRACES), TraceStep.class);
  }

  private static double correctness(List<TaskResult> results, String loop, String language) {
    List<TaskResult> mine = results.stream().filter(r -> r.getLoop().equals(loop)
        && (language == null || r.getLanguage().equals(language))).toList();
    return (double) mine.stream().filter(TaskResult::getSolved).count() / mine.size();
  }

  @Test
  void onHeldOutProblemsTheOrchestratorMatchesTheBestModelInEachLanguageAndBeatsEveryModelOverall() throws Exception {
    Path fleet = fleet();
    Path profile = dir.resolve("profile");
    Path orchestrated = dir.resolve("orchestrated");
    CliRun profiled = run("profile", "--fleet", fleet.toString(), "--dataset", "sample", "--languages", "python,java",
        "--stages", "generate,fix", "--split", "train", "--out", profile.toString());
    assertThat(profiled.exitCode()).as(profiled.err()).isZero();

    CliRun routed = run("orchestrate", "--profile", profile.toString(), "--fleet", fleet.toString(), "--dataset",
        "sample", "--languages", "python,java", "--stages", "generate,fix", "--out", orchestrated.toString());

    assertThat(routed.exitCode()).as(routed.err()).isZero();
    assertThat(routed.out()).contains("orchestrator", "oracle", "Report: ");
    for (String file : List.of(RunLayout.ROUTES_CSV, RunLayout.ROUTES_JSON, RunLayout.TRACES, RunLayout.TRACES_JSONL,
        RunLayout.FINAL_RESULTS, RunLayout.REPORT_MD, RunLayout.REPORT_CSV, RunLayout.MANIFEST)) {
      assertThat(orchestrated.resolve(file)).as(file).exists();
    }
    List<TaskResult> results = results(orchestrated);
    List<String> singles = List.of("single:sim-py", "single:sim-java", "single:sim-mid");
    for (String language : List.of("python", "java")) {
      double routedShare = correctness(results, "orchestrator", language);
      for (String single : singles) {
        assertThat(routedShare).as(language + " against " + single).isGreaterThanOrEqualTo(correctness(results, single, language));
      }
      assertThat(correctness(results, "oracle", language)).isGreaterThanOrEqualTo(routedShare);
    }
    String bestSingle = singles.stream().max(java.util.Comparator.comparingDouble(s -> correctness(results, s, null)))
        .orElseThrow();
    assertThat(correctness(results, "orchestrator", null)).isGreaterThan(correctness(results, bestSingle, null));

    // why, from the traces: each task the best model alone failed and the orchestrator solved was solved
    // by a program the model alone never made: written by another model, or a fix of another model's program
    Map<String, TaskResult> routedResults = results.stream().filter(r -> r.getLoop().equals("orchestrator"))
        .collect(Collectors.toMap(TaskResult::getTaskId, r -> r));
    List<TraceStep> steps = traces(orchestrated);
    List<String> gained = results.stream().filter(r -> r.getLoop().equals(bestSingle) && !r.getSolved()
        && routedResults.get(r.getTaskId()).getSolved()).map(TaskResult::getTaskId).toList();
    assertThat(gained).isNotEmpty();
    for (String task : gained) {
      TraceStep kept = steps.stream().filter(s -> s.getLoop().equals("orchestrator") && s.getTaskId().equals(task)
          && s.getCandidateId() != null && s.getCandidateId().equals(routedResults.get(task).getFirstPassCandidateId())
          && s.getModel() != null).findFirst().orElseThrow();
      String best = bestSingle.substring("single:".length());
      assertThat(steps.stream().filter(s -> s.getLoop().equals(bestSingle) && s.getTaskId().equals(task))
          .map(TraceStep::getCandidateId)).as(task).doesNotContain(kept.getCandidateId());
      String parentModel = steps.stream().filter(s -> s.getTaskId().equals(task) && s.getCandidateId() != null
          && s.getCandidateId().equals(kept.getParentId()) && s.getModel() != null).map(TraceStep::getModel)
          .findFirst().orElse(null);
      assertThat(!kept.getModel().equals(best) || parentModel != null && !parentModel.equals(best))
          .as(task + ": kept " + kept.getModel() + "'s program, parent by " + parentModel).isTrue();
      assertThat(kept.getDecision().name()).isEqualTo("PASSED");
    }
    TraceStep firstPython = steps.stream().filter(s -> s.getLoop().equals("orchestrator")
        && s.getLanguage().equals("python") && s.getStage().equals("generate") && s.getRank() == 1).findFirst().orElseThrow();
    TraceStep firstJava = steps.stream().filter(s -> s.getLoop().equals("orchestrator")
        && s.getLanguage().equals("java") && s.getStage().equals("generate") && s.getRank() == 1).findFirst().orElseThrow();
    assertThat(firstPython.getModel()).isEqualTo("sim-py");
    assertThat(firstJava.getModel()).isEqualTo("sim-java");

    // held out: no judged problem was in the profile the routes were learnt from
    assertThat(steps.stream().filter(s -> s.getModel() != null).map(s -> s.getOrigin().name()).distinct())
        .containsExactly("ASKED");
    assertThat(Files.readString(orchestrated.resolve(RunLayout.REPORT_MD))).contains("held out", "96.22%",
        "simulated fleet");
  }

  @Test
  void replayingAProfileGivesExactlyWhatLiveRoutingGivesOnTheSameProblems() throws Exception {
    Path fleet = fleet();
    Path profile = dir.resolve("profile");
    CliRun profiled = run("profile", "--fleet", fleet.toString(), "--dataset", "sample", "--languages", "python",
        "--limit", "4", "--measure-repeats", "3", "--out", profile.toString());
    assertThat(profiled.exitCode()).as(profiled.err()).isZero();
    List<String> common = List.of("--dataset", "sample", "--languages", "python", "--limit", "4", "--split", "all",
        "--measure-repeats", "3", "--refine-mode", "best-of-n");

    Path replayed = dir.resolve("replayed");
    List<String> replay = new ArrayList<>(List.of("orchestrate", "--from-profile", profile.toString(), "--out",
        replayed.toString()));
    replay.addAll(common);
    CliRun fromProfile = run(replay.toArray(String[]::new));
    Path live = dir.resolve("live");
    List<String> asked = new ArrayList<>(List.of("orchestrate", "--profile", profile.toString(), "--fleet",
        fleet.toString(), "--no-reuse-candidates", "--replay", profile.resolve("responses").toString(), "--out",
        live.toString()));
    asked.addAll(common);
    CliRun liveRouting = run(asked.toArray(String[]::new));

    assertThat(fromProfile.exitCode()).as(fromProfile.err()).isZero();
    assertThat(liveRouting.exitCode()).as(liveRouting.err()).isZero();
    assertThat(fromProfile.err()).contains("no model asked");
    List<TraceStep> replaySteps = traces(replayed);
    List<TraceStep> liveSteps = traces(live);
    assertThat(replaySteps.stream().filter(s -> s.getModel() != null).map(s -> s.getOrigin().name()).distinct())
        .containsExactly("PROFILE");
    assertThat(liveSteps.stream().filter(s -> s.getModel() != null).map(s -> s.getOrigin().name()).distinct())
        .containsExactly("ASKED");
    assertThat(liveSteps.stream().anyMatch(s -> s.getStage().equals("refine") && s.getModel() != null)).isTrue();
    assertThat(Files.readString(live.resolve(RunLayout.REPORT_CSV)))
        .isEqualTo(Files.readString(replayed.resolve(RunLayout.REPORT_CSV)));
    assertThat(sameExceptOrigin(liveSteps)).isEqualTo(sameExceptOrigin(replaySteps));
    assertThat(results(live)).containsExactlyInAnyOrderElementsOf(results(replayed).stream()
        .map(r -> TaskResult.newBuilder(r).setAskedCalls(r.getCalls()).build()).toList());
  }

  @Test
  void aDryRunCountsTheCallsAndMakesNone() throws Exception {
    Path fleet = fleet();
    Path out = dir.resolve("dry");

    CliRun profile = run("profile", "--fleet", fleet.toString(), "--dataset", "sample", "--languages", "python",
        "--samples", "2", "--out", out.toString(), "--dry-run");

    assertThat(profile.exitCode()).as(profile.err()).isZero();
    // 14 Python problems × 2 samples each, for each of the 3 models
    assertThat(profile.out()).contains("Dry run: no model asked", "sim-py", "28", "42 / 84", "336");
    assertThat(out).doesNotExist();

    CliRun orchestrate = run("orchestrate", "--profile", dir.resolve("none").toString(), "--fleet", fleet.toString(),
        "--dataset", "sample", "--languages", "python", "--out", out.toString(), "--dry-run");
    assertThat(orchestrate.exitCode()).isNotZero();
    assertThat(orchestrate.err()).contains("no profiling run in");
  }

  /** A trace as a comparable text, less where each step came from (asked now, or the profile). */
  private static List<String> sameExceptOrigin(List<TraceStep> steps) {
    return steps.stream().map(s -> TraceStep.newBuilder(s).setOrigin(io.perforch.orchestration.model.StepOrigin.NONE)
        .setLatencyMillis(0).build().toString()).sorted().toList();
  }
}
