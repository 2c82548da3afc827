package io.perforch.cli;

import io.perforch.datasets.io.FileGlob;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.Candidate;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

/** What an orchestrated run reads from the profiling run it is routed by. */
final class ProfileRuns {
  private ProfileRuns() {}

  /** The profiling run's candidates; a clear error when there is no profiling run there. */
  static List<Candidate> candidates(String runDir) throws IOException {
    String file = RunFiles.resolve(runDir, RunLayout.CANDIDATES).toString();
    if (FileGlob.match(file).isEmpty()) {
      throw new UserFacingException("no profiling run in " + runDir + ": " + file + " is missing (run perforch "
          + "profile --out " + runDir + " first)");
    }
    return RunFiles.readAvro(RunFiles.resolve(runDir, RunLayout.CANDIDATES), Candidate.class);
  }

  /** The models the profile has candidates of, by id. */
  static List<String> models(List<Candidate> candidates) {
    return List.copyOf(new TreeSet<>(candidates.stream().map(Candidate::getModel).toList()));
  }
}
