package io.perforch.models;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three steps of writing code that PerfOrch profiles and routes. */
public enum Stage {
  /** Write a solution from the problem's prompt. */
  GENERATE,
  /** Repair a failing program, given its verdict and output. */
  FIX,
  /** Make a correct program faster, keeping its signature. */
  REFINE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Stage parse(String name) {
    for (Stage stage : values()) {
      if (stage.id().equalsIgnoreCase(name.strip())) {
        return stage;
      }
    }
    throw new IllegalArgumentException("unknown stage '" + name + "' (expected one of " + idList() + ")");
  }

  public static List<Stage> parseList(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Stage::parse).toList();
  }

  public static String idList() {
    return Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", "));
  }
}
