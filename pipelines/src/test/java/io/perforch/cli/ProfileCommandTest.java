package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.ProfileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** perforch profile on the DirectRunner, with simulated models on a slice of the sample dataset. */
class ProfileCommandTest {
  @TempDir Path dir;
  private Path fleet;

  @BeforeEach
  void writeFleet() throws Exception {
    fleet = dir.resolve("fleet.yaml");
    Files.writeString(fleet, """
        models:
          - id: sim-strong
            provider: simulated
            simulated: {seed: 1, default: 0.9}
          - id: sim-weak
            provider: simulated
            simulated: {seed: 2, default: 0.2}
          - id: sim-late
            provider: simulated
            simulated: {seed: 3, default: 0.6}
        """);
  }

  private CliRun profile(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("profile", "--fleet", fleet.toString(), "--dataset", "sample",
        "--languages", "python", "--limit", "3", "--out", out.toString(), "--cache-dir", dir.resolve("cache").toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static Map<String, Candidate> candidates(Path run) throws Exception {
    return RunFiles.readAvro(RunFiles.resolve(run.toString(), "results/candidates.avro"), Candidate.class).stream()
        .collect(Collectors.toMap(Candidate::getCandidateId, Function.identity()));
  }

  @Test
  void writesTheRunDirectoryAndRanksTheStrongModelFirst() throws Exception {
    Path out = dir.resolve("run");

    CliRun run = profile(out, "--models", "sim-strong,sim-weak", "--samples", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String file : List.of("results/candidates.avro", "results/candidate.avsc", "profile/profile.avro",
        "profile/profile.csv", "profile/profile_row.avsc", "leaderboard.md", "leaderboard.csv", "manifest.json")) {
      assertThat(out.resolve(file)).as(file).exists();
    }
    List<ProfileRow> rows = ProfileFiles.read(out.toString());
    assertThat(rows).extracting(ProfileRow::getStage).contains("generate", "fix", "refine");
    ProfileRow strong = row(rows, "sim-strong", "generate");
    assertThat(strong.getN()).isEqualTo(6);
    assertThat(strong.getPassAtK()).containsOnlyKeys("1", "2");
    assertThat(strong.getPassRate()).isGreaterThan(row(rows, "sim-weak", "generate").getPassRate());
    assertThat(run.out()).contains("python  generate  sim-strong");
    assertThat(run.err()).contains("candidates made");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"content_sha256\"")
        .contains("\"sim-strong\", \"sim-weak\"").contains("\"python\" : \"Python 3");
  }

  @Test
  void aRerunReusesEveryCandidateAndAddingAModelRunsOnlyItsTasks() throws Exception {
    Path out = dir.resolve("run");
    assertThat(profile(out, "--models", "sim-strong,sim-weak", "--stages", "generate,fix").exitCode()).isZero();
    Map<String, Candidate> first = candidates(out);

    CliRun rerun = profile(out, "--models", "sim-strong,sim-weak", "--stages", "generate,fix");
    assertThat(rerun.out()).contains("0 candidates made, " + first.size() + " reused");

    CliRun added = profile(out, "--add-model", "sim-late", "--stages", "generate,fix");

    assertThat(added.exitCode()).as(added.err()).isZero();
    Map<String, Candidate> after = candidates(out);
    // every earlier candidate is back unchanged: same answer, same measured run (none was executed again)
    first.forEach((id, candidate) -> assertThat(after.get(id)).isEqualTo(candidate));
    List<Candidate> made = after.values().stream().filter(c -> !first.containsKey(c.getCandidateId())).toList();
    assertThat(made).isNotEmpty().allSatisfy(candidate -> assertThat(
        candidate.getModel().equals("sim-late") || first.get(candidate.getParentId()) == null).isTrue());
    assertThat(made.stream().filter(c -> c.getStage().equals("generate")))
        .isNotEmpty().allSatisfy(c -> assertThat(c.getModel()).isEqualTo("sim-late"));
    assertThat(ProfileFiles.read(out.toString())).extracting(ProfileRow::getModel).contains("sim-late");
  }

  @Test
  void runnerOptionsComeFromTheShippedFilesAndBadLinesAreNamed() throws Exception {
    Path out = dir.resolve("with-options");

    CliRun run = profile(out, "--models", "sim-strong", "--stages", "generate",
        "--runner-options", "../runner-configs/direct.options");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Finished on the DirectRunner");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("runner-configs/direct.options");

    Path bad = dir.resolve("bad.options");
    Files.writeString(bad, "# a comment\n--runner=DirectRunner\nrunner=FlinkRunner\n");
    CliRun broken = profile(out, "--models", "sim-strong", "--runner-options", bad.toString());
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err()).contains("bad.options:3: expected a Beam option");
  }

  @Test
  void addingAModelNeedsAnEarlierRun() {
    CliRun run = profile(dir.resolve("empty"), "--add-model", "sim-late");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("--add-model needs an existing run");
  }

  @Test
  void noCacheJudgesEveryCandidateAgain() throws Exception {
    Path out = dir.resolve("run");
    assertThat(profile(out, "--models", "sim-strong", "--stages", "generate").exitCode()).isZero();
    int made = candidates(out).size();

    CliRun again = profile(out, "--models", "sim-strong", "--stages", "generate", "--no-cache");
    CliRun cached = profile(dir.resolve("other-run"), "--models", "sim-strong", "--stages", "generate");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains(made + " candidates made, 0 reused").contains(" 0 runs from the cache");
    assertThat(candidates(out).values()).allSatisfy(c -> assertThat(c.getResult().getFromCache()).isFalse());
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"no_cache\" : \"true\"");
    assertThat(cached.out()).contains(" " + made + " runs from the cache");
  }

  @Test
  void assemblyIsRecordedAndARerunWithAnotherJudgesTheEarlierCandidatesAgain() throws Exception {
    Path out = dir.resolve("run");
    CliRun upstream = profile(out, "--models", "sim-strong", "--stages", "generate");
    int made = candidates(out).size();

    CliRun lenient = profile(out, "--models", "sim-strong", "--stages", "generate", "--assembly", "lenient");

    assertThat(upstream.exitCode()).as(upstream.err()).isZero();
    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.out()).contains(made + " candidates made, 0 reused");
    assertThat(candidates(out).values()).allSatisfy(c -> assertThat(c.getResult().getAssembly()).isEqualTo("lenient"));
    assertThat(ProfileFiles.read(out.toString())).allSatisfy(row -> assertThat(row.getAssembly()).isEqualTo("lenient"));
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"assembly\" : \"lenient\"");
    assertThat(Files.readString(out.resolve("profile/profile.csv")).lines().findFirst().orElseThrow())
        .endsWith(",assembly");
    assertThat(profile(dir.resolve("bad"), "--assembly", "strict").exitCode()).isNotZero();
  }

  @Test
  void repeatsMeasureGenerateAndFixCandidates() throws Exception {
    Path out = dir.resolve("run");

    CliRun run = profile(out, "--models", "sim-strong", "--stages", "generate", "--repeats", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<Candidate> passed = candidates(out).values().stream()
        .filter(c -> c.getResult().getVerdict().name().equals("PASSED")).toList();
    assertThat(passed).isNotEmpty().allSatisfy(c -> {
      assertThat(c.getResult().getRepeats()).isEqualTo(3);
      assertThat(c.getResult().getWallNanosSamples()).hasSize(3);
    });
  }

  @Test
  void measureRepeatsSetTheRunsOfEveryRefineMeasurement() throws Exception {
    Path out = dir.resolve("run");

    CliRun run = profile(out, "--models", "sim-strong", "--stages", "generate,refine", "--measure-repeats", "4");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<Candidate> refined = candidates(out).values().stream().filter(c -> c.getRefinement() != null).toList();
    assertThat(refined).isNotEmpty().allSatisfy(c -> {
      assertThat(c.getRefinement().getInputWallNanos()).hasSize(4);
      assertThat(c.getRefinement().getRefinedWallNanos()).hasSize(4);
    });
  }

  @Test
  void sandboxNoneRunsWithoutIsolation() throws Exception {
    Path out = dir.resolve("run");

    CliRun run = profile(out, "--models", "sim-strong", "--stages", "generate", "--sandbox", "none");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(candidates(out).values()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.getResult().getSandbox()).isEqualTo("none"));
  }

  @Test
  void workersAndTheCacheDirReachTheWorkers() throws Exception {
    Path out = dir.resolve("run");
    Path cache = dir.resolve("own-cache");

    CliRun run = CliRun.of("profile", "--fleet", fleet.toString(), "--dataset", "sample", "--languages", "python",
        "--limit", "2", "--models", "sim-strong", "--stages", "generate", "--out", out.toString(),
        "--workers", "1", "--cache-dir", cache.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"workers\" : \"1\"")
        .contains("\"cache_dir\" : \"" + cache.toAbsolutePath() + "\"");
    try (var results = Files.list(cache.resolve("results"))) {
      assertThat(results).isNotEmpty();
    }
  }

  @Test
  void aReplayServesTheStoreOfAnEarlierRunAndNothingElse() throws Exception {
    Path store = dir.resolve("store");
    Path first = dir.resolve("first");
    assertThat(profile(first, "--models", "sim-strong", "--stages", "generate", "--cache", store.toString())
        .exitCode()).isZero();
    try (var files = Files.list(store)) {
      assertThat(files).isNotEmpty();
    }

    CliRun replayed = profile(dir.resolve("replayed"), "--models", "sim-strong", "--stages", "generate",
        "--replay", store.toString());

    assertThat(replayed.exitCode()).as(replayed.err()).isZero();
    assertThat(replayed.out()).contains(" 0 provider errors");
    assertThat(candidates(dir.resolve("replayed")).values()).extracting(Candidate::getCode)
        .containsExactlyInAnyOrderElementsOf(candidates(first).values().stream().map(Candidate::getCode).toList());
  }

  @Test
  void modelsThatNeverGotAnAnswerAreNotAvailableAndNoneIsNamedBest() throws Exception {
    Path out = dir.resolve("run");
    Files.createDirectories(dir.resolve("empty-store"));

    CliRun run = profile(out, "--models", "sim-strong,sim-weak", "--stages", "generate",
        "--replay", dir.resolve("empty-store").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("python  generate  n/a").contains("provider errors only")
        .doesNotContain("sim-strong").doesNotContain("0.0%");
    assertThat(ProfileFiles.read(out.toString())).isNotEmpty().allSatisfy(row -> {
      assertThat(row.getAnswered()).isZero();
      assertThat(row.getPassRate()).isNull();
    });
    assertThat(Files.readString(out.resolve("leaderboard.md"))).contains("| sim-strong | n/a |")
        .doesNotContain("★").doesNotContain("0.0%");
  }

  private static ProfileRow row(List<ProfileRow> rows, String model, String stage) {
    return rows.stream().filter(r -> r.getModel().equals(model) && r.getStage().equals(stage)
        && r.getCategory().equals("all")).findFirst().orElseThrow();
  }
}
