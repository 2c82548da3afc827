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

  private static ProfileRow row(List<ProfileRow> rows, String model, String stage) {
    return rows.stream().filter(r -> r.getModel().equals(model) && r.getStage().equals(stage)
        && r.getCategory().equals("all")).findFirst().orElseThrow();
  }
}
