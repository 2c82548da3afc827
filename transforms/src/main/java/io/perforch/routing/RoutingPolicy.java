package io.perforch.routing;

import io.perforch.models.Stage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How models are ranked for a task's stage, from the profile's cells. One policy per class; a policy is
 * chosen by name ({@link RoutingPolicies#named}).
 */
public interface RoutingPolicy extends Serializable {
  String name();

  /** The policy's options as they were set, for the route table's files and the manifest. */
  Map<String, String> options();

  /**
   * The model's sort key for a stage of a task with these categories, compared element by element,
   * higher first (the first element is the score, the rest break ties); null when the model cannot be
   * ranked there (no answered candidate in the language).
   */
  double[] key(String model, Stage stage, List<String> categories, Cells cells);
}
