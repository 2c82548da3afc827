package io.perforch.profiling;

import io.perforch.datasets.model.Problem;
import io.perforch.profiling.model.Candidate;
import java.io.Serializable;
import java.util.LinkedHashSet;
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

  /**
   * The cells a candidate counts in: the all-categories one and one per category of its problem. Candidates
   * written before {@code categories} existed have it empty, and their single {@code category} stands in,
   * so old candidate files aggregate as they did.
   */
  public static List<ProfileKey> of(Candidate candidate) {
    List<String> categories = candidate.getCategories().isEmpty() && candidate.getCategory() != null
        ? List.of(candidate.getCategory())
        : candidate.getCategories();
    LinkedHashSet<String> cells = new LinkedHashSet<>();
    cells.add(ALL);
    categories.stream().filter(c -> c != null && !c.isBlank()).forEach(cells::add);
    return cells.stream()
        .map(category -> new ProfileKey(candidate.getModel(), candidate.getLanguage(), candidate.getStage(), category))
        .toList();
  }

  /**
   * Every category of a problem, the ones its candidates count in and a task is routed by: the problem's
   * category if it has one, else all its tags (EffiBench-X problems have several), in the dataset's order.
   */
  public static List<String> categoriesOf(Problem problem) {
    if (problem.getCategory() != null && !problem.getCategory().isBlank()) {
      return List.of(problem.getCategory());
    }
    return problem.getTags().stream().filter(tag -> !tag.isBlank() && !tag.equals(ALL)).distinct().toList();
  }
}
