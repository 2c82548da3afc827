package io.perforch.models;

import io.perforch.datasets.model.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configured strengths of a simulated model: for each language and stage, the probability that
 * its answer is right (a correct program for generate and fix, a faster correct one for refine).
 *
 * @param seed mixed into every decision, so that two simulated models with equal skills still differ
 * @param defaultSkill for a (language, stage) that {@code skills} does not name
 * @param skills per language, per stage
 * @param slowShare of the right answers to generate, the share that is the dataset's slow reference
 *     where the problem has one (a correct but slow program, which refine can then improve)
 */
public record SimulatedProfile(long seed, double defaultSkill, Map<Language, Map<Stage, Double>> skills,
    double slowShare) {

  public SimulatedProfile {
    skills = ordered(skills);
    checkProbability("default", defaultSkill);
    checkProbability("slow_share", slowShare);
    skills.forEach((language, stages) -> stages.forEach(
        (stage, p) -> checkProbability(language.id() + "." + stage.id(), p)));
  }

  public double skill(Language language, Stage stage) {
    Map<Stage, Double> stages = skills.get(language);
    return stages == null ? defaultSkill : stages.getOrDefault(stage, defaultSkill);
  }

  /** Enum-ordered copies, so that {@link #toString()} (part of a stored request's identity) is stable. */
  private static Map<Language, Map<Stage, Double>> ordered(Map<Language, Map<Stage, Double>> skills) {
    Map<Language, Map<Stage, Double>> copy = new EnumMap<>(Language.class);
    skills.forEach((language, stages) -> copy.put(language,
        Collections.unmodifiableMap(stages.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(stages))));
    return Collections.unmodifiableMap(copy);
  }

  private static void checkProbability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
    }
  }
}
