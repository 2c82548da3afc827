package io.perforch.profiling;

import io.perforch.profiling.model.Candidate;
import java.io.Serializable;
import java.util.List;

/**
 * One cell of the profile table: a model at a stage in a language, over one problem category or all.
 */
public record ProfileKey(String model, String language, String stage, String category) implements Serializable {
  public static final String ALL = "all";
  private static final String SEPARATOR = "\u001f";

  /** A deterministic encoding, for grouping by cell in a pipeline. */
  public String encoded() {
    return String.join(SEPARATOR, model, language, stage, category);
  }

  public static ProfileKey decode(String encoded) {
    String[] parts = encoded.split(SEPARATOR, -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an encoded profile key: " + encoded);
    }
    return new ProfileKey(parts[0], parts[1], parts[2], parts[3]);
  }

  /** The cells a candidate counts in: its category's (when it has one) and the all-categories one. */
  public static List<ProfileKey> of(Candidate candidate) {
    ProfileKey all = new ProfileKey(candidate.getModel(), candidate.getLanguage(), candidate.getStage(), ALL);
    String category = candidate.getCategory();
    return category == null || category.isBlank() || category.equals(ALL)
        ? List.of(all)
        : List.of(all, new ProfileKey(all.model(), all.language(), all.stage(), category));
  }
}
