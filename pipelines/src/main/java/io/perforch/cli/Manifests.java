package io.perforch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.languages.Runners;
import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import io.perforch.profiling.RunManifest;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.transforms.profiling.ProfileSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.util.ReleaseInfo;

/** The manifest ({@link RunLayout#MANIFEST}) of a profiling run, and what a later run reads back from it. */
final class Manifests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Manifests() {}

  static RunManifest profile(BeamRun run, Fleet fleet, List<String> models, List<Problem> problems,
      DatasetOptions dataset, ProfileSettings settings, Map<String, String> options) {
    Map<String, String> allOptions = new LinkedHashMap<>(options);
    allOptions.put("response_store", settings.access().storePath() + " (" + settings.access().storeMode() + ")");
    // what the workers were given, not what was typed
    allOptions.put("workers", Integer.toString(settings.judge().workers()));
    allOptions.put("repeats", Integer.toString(settings.judge().repeats()));
    allOptions.put("no_cache", Boolean.toString(!settings.judge().reuseResults()));
    allOptions.put("cache_dir", String.valueOf(settings.judge().cacheRoot()));
    allOptions.put("assembly", settings.judge().assembly());
    allOptions.put("speedup_rule", "alpha " + settings.judge().alpha() + ", min effect " + settings.judge().minEffect()
        + ", min absolute effect " + settings.judge().minAbsoluteNanos() / 1e6 + " ms");
    Map<String, String> seeds = new LinkedHashMap<>();
    for (String id : models) {
      ModelSpec model = fleet.model(id);
      if (model.simulated() != null) {
        seeds.put(id, Long.toString(model.simulated().seed()));
      }
    }
    seeds.forEach((id, seed) -> allOptions.put("seed." + id, seed));
    return new RunManifest(new Version().getVersion()[0], ReleaseInfo.getReleaseInfo().getVersion(), run.runner())
        .dataset(dataset.dataset, dataset.path, problems)
        .fleet(fleet.source(), fleet.sha256(), models)
        .toolchains(toolchains(problems))
        .options(allOptions)
        .put("wall_seconds", String.format(java.util.Locale.ROOT, "%.1f", run.millis() / 1000.0));
  }

  /** An orchestrated run's manifest: the profile it was routed by, its options, and what a profile's says. */
  static RunManifest orchestrate(BeamRun run, Fleet fleet, List<String> models, List<Problem> problems,
      DatasetOptions dataset, String profileDir, Map<String, String> options) {
    RunManifest manifest = new RunManifest(new Version().getVersion()[0], ReleaseInfo.getReleaseInfo().getVersion(),
        run.runner())
        .dataset(dataset.dataset, dataset.path, problems)
        .toolchains(toolchains(problems))
        .options(options)
        .put("profile", profileDir)
        .put("wall_seconds", String.format(java.util.Locale.ROOT, "%.1f", run.millis() / 1000.0));
    return fleet == null ? manifest.fleet("(replayed from the profile)", "", models)
        : manifest.fleet(fleet.source(), fleet.sha256(), models);
  }

  private static Map<String, String> toolchains(List<Problem> problems) {
    Map<String, String> versions = new LinkedHashMap<>();
    Runners runners = Runners.standard();
    problems.stream().map(Language::of).distinct().forEach(language -> versions.put(language.id(),
        runners.get(language).flatMap(runner -> runner.toolchainVersion()).orElse("missing")));
    return versions;
  }

  /** The fleet file an earlier run in {@code runDir} was made with, from its manifest. */
  static Optional<String> previousFleet(String runDir) {
    try {
      JsonNode manifest = JSON.readTree(RunFiles.readText(RunFiles.resolve(runDir, RunLayout.MANIFEST)));
      String source = manifest.path("fleet").path("source").asText("");
      return source.isEmpty() ? Optional.empty() : Optional.of(source);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The models an earlier run in {@code runDir} profiled, from its manifest. */
  static Optional<List<String>> previousModels(String runDir) {
    try {
      JsonNode manifest = JSON.readTree(RunFiles.readText(RunFiles.resolve(runDir, RunLayout.MANIFEST)));
      List<String> models = new ArrayList<>();
      manifest.path("fleet").path("models").forEach(model -> models.add(model.asText()));
      return models.isEmpty() ? Optional.empty() : Optional.of(models);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
