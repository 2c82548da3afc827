package io.perforch.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.ProfileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFilesTest {
  @TempDir Path dir;

  private static final List<ProfileRow> ROWS = List.of(
      LeaderboardTest.row("sim-b", "rust", "generate", "all", 0.5, 2.0, null, null),
      LeaderboardTest.row("sim-a", "python", "generate", "all", 0.9, 20.0, null, null),
      LeaderboardTest.row("sim-a", "python", "refine", "all", 1.0, 5.0, 0.2, 1.1));

  @Test
  void theTableRoundTripsThroughAvroInTableOrder() throws Exception {
    String run = dir.resolve("run").toString();

    List<String> written = ProfileFiles.write(run, ROWS);

    assertThat(written).containsExactly(RunLayout.PROFILE, RunLayout.PROFILE_CSV, RunLayout.PROFILE_SCHEMA,
        "leaderboard.md", "leaderboard.csv");
    assertThat(ProfileFiles.read(run)).extracting(row -> row.getLanguage() + "/" + row.getStage() + "/" + row.getModel())
        .containsExactly("python/generate/sim-a", "python/refine/sim-a", "rust/generate/sim-b");
    assertThat(Files.readString(dir.resolve("run/profile/profile_row.avsc"))).contains("\"name\" : \"ProfileRow\"");
  }

  @Test
  void csvHasAColumnPerFieldAndPassAtK() throws Exception {
    String run = dir.toString();
    ProfileFiles.write(run, ROWS);

    List<String> lines = Files.readAllLines(dir.resolve(RunLayout.PROFILE_CSV));

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("model,language,stage,category,n,answered,tasks,passed,pass_rate,pass_at_1,median_wall_ms,");
    assertThat(lines.get(1)).startsWith("sim-a,python,generate,all,10,10,10,9,0.900000,0.900000,20.000000,");
    assertThat(lines.get(1).split(",", -1)).hasSize(lines.get(0).split(",").length);
  }

  @Test
  void leaderboardsCanBeRegeneratedInAnyFormat() throws Exception {
    ProfileFiles.writeLeaderboards(dir.toString(), ROWS, List.of("html"));

    assertThat(Files.readString(dir.resolve("leaderboard.html"))).contains("<table>");
    assertThatThrownBy(() -> ProfileFiles.writeLeaderboards(dir.toString(), ROWS, List.of("pdf")))
        .hasMessageContaining("md, csv, html");
  }
}
