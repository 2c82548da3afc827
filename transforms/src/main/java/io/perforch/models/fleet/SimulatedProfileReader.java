package io.perforch.models.fleet;

import io.perforch.datasets.model.Language;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model's {@code simulated:} block into a {@link SimulatedProfile}. A language's skill is either
 * one number (all three stages) or a mapping of stage to number; stages it leaves out use {@code default}.
 */
final class SimulatedProfileReader {
  static final List<String> KEYS = List.of("seed", "default", "skill", "slow_share");

  private SimulatedProfileReader() {}

  /**
   * @param modelId gives the seed when the block has none, so that two models with equal skills still
   *     answer differently, and the same model answers the same way in every run
   */
  static SimulatedProfile read(YamlValue value, String modelId) {
    YamlMapping block = value.mapping();
    block.allowOnly(KEYS);
    long seed = block.get("seed").map(YamlValue::anyWholeNumber).orElse((long) modelId.hashCode());
    double defaultSkill = block.get("default").map(v -> v.number(0, 1)).orElse(0.0);
    double slowShare = block.get("slow_share").map(v -> v.number(0, 1)).orElse(0.0);
    Map<Language, Map<Stage, Double>> skills =
        block.get("skill").map(SimulatedProfileReader::skills).orElse(Map.of());
    return new SimulatedProfile(seed, defaultSkill, skills, slowShare);
  }

  private static Map<Language, Map<Stage, Double>> skills(YamlValue value) {
    YamlMapping byLanguage = value.mapping();
    Map<Language, Map<Stage, Double>> skills = new EnumMap<>(Language.class);
    Map<Language, String> keyOf = new EnumMap<>(Language.class);
    for (String key : byLanguage.keys()) {
      Language language = Language.parseOrNull(key);
      if (language == null) {
        throw byLanguage.keyError(key, "unknown language (expected one of " + Language.idList() + ")");
      }
      String earlier = keyOf.putIfAbsent(language, key);
      if (earlier != null) {
        throw byLanguage.keyError(key, "names " + language.id() + " again (as '" + earlier + "')");
      }
      skills.put(language, stages(byLanguage.get(key).orElseThrow()));
    }
    return skills;
  }

  private static Map<Stage, Double> stages(YamlValue value) {
    Map<Stage, Double> stages = new EnumMap<>(Stage.class);
    if (!value.isMapping()) {
      double skill = value.number(0, 1);
      for (Stage stage : Stage.values()) {
        stages.put(stage, skill);
      }
      return stages;
    }
    YamlMapping byStage = value.mapping();
    for (String key : byStage.keys()) {
      Stage stage = parseStage(key);
      if (stage == null) {
        throw byStage.keyError(key, "unknown stage (expected one of " + Stage.idList() + ")");
      }
      if (stages.put(stage, byStage.get(key).orElseThrow().number(0, 1)) != null) {
        throw byStage.keyError(key, "names the " + stage.id() + " stage twice");
      }
    }
    return stages;
  }

  private static Stage parseStage(String key) {
    try {
      return Stage.parse(key);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
