package io.perforch.datasets.categories;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PerfOrch's problem taxonomy: each problem gets exactly one, the one its core difficulty lies in. The
 * definitions and tie-break rules are in {@code resources/io/perforch/datasets/categories/README.md}.
 */
public enum Category {
  /** Characters or words of text: transform, filter, count, compare, check simple rules. */
  STRING_PROCESSING("string_processing"),
  /** Text in a small notation read into values or structure. */
  PARSING("parsing"),
  /** A numeric computation: formulas, digits, divisibility, primes, bases, rounding. */
  ARITHMETIC_NUMBER_THEORY("arithmetic_number_theory"),
  /** Walking a list: filter, map, fold, index selection, neighbours, frequencies. */
  LIST_ARRAY_PROCESSING("list_array_processing"),
  /** Ordering elements or finding them by comparison: order statistics, pairs, closest values. */
  SORTING_SEARCHING("sorting_searching"),
  /** Following a described process whose state changes step by step. */
  SIMULATION("simulation"),
  /** Answers built from answers to smaller subproblems. */
  DYNAMIC_PROGRAMMING("dynamic_programming");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  /** The id written in category files and stored in {@code Problem.category}. */
  public String id() {
    return id;
  }

  /** The category with this exact id; ids are lower case, so {@code Parsing} is not one. */
  public static Optional<Category> parse(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  /** All ids, comma-separated, for error messages. */
  public static String idList() {
    return Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", "));
  }
}
