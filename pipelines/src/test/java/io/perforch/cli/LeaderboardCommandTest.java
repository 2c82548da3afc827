package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.model.ProfileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaderboardCommandTest {
  @TempDir Path run;

  private static ProfileRow row(String model, double passRate) {
    return ProfileRow.newBuilder()
        .setModel(model).setLanguage("go").setStage("generate").setCategory("all")
        .setN(4).setTasks(4).setPassed((int) (passRate * 4)).setPassRate(passRate).setPassAtK(Map.of("1", passRate))
        .setInputTokens(10).setOutputTokens(20).setCostUsd(0).setProviderErrors(0).setNoCode(0)
        .build();
  }

  @Test
  void regeneratesTheLeaderboardsOfARunFromItsProfileTable() throws Exception {
    ProfileFiles.write(run.toString(), List.of(row("sim-a", 0.25), row("sim-b", 0.75)));
    Files.delete(run.resolve("leaderboard.md"));

    CliRun result = CliRun.of("leaderboard", "--profile", run.toString(), "--format", "md,html");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("leaderboard.md").contains("leaderboard.html");
    assertThat(Files.readString(run.resolve("leaderboard.md"))).contains("| 1 | **sim-b** ★ | 75.0% |");
    assertThat(run.resolve("leaderboard.html")).exists();
  }

  @Test
  void printsOneFormatInsteadOfWriting() throws Exception {
    ProfileFiles.write(run.toString(), List.of(row("sim-a", 0.25)));

    CliRun result = CliRun.of("leaderboard", "--profile", run.toString(), "--format", "csv", "--print");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("language,stage,rank,best,model,").contains("go,generate,1,true,sim-a,");
  }

  @Test
  void printsMarkdownUnlessToldOtherwise() throws Exception {
    ProfileFiles.write(run.toString(), List.of(row("sim-a", 0.25)));

    CliRun result = CliRun.of("leaderboard", "--profile", run.toString(), "--print");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("# PerfOrch leaderboard");
  }

  @Test
  void aFolderWithoutAProfileIsAClearError() {
    CliRun result = CliRun.of("leaderboard", "--profile", run.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("has no profile table").contains("perforch profile");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun result = CliRun.of("leaderboard", "--profile", run.toString(), "--format", "pdf");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown --format 'pdf'");
  }
}
