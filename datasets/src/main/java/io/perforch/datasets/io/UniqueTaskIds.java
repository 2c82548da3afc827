package io.perforch.datasets.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The task ids a loader has read so far: a second problem with an id already taken would be judged,
 * cached and reported as the first one, so it fails where it is, naming where the first one was.
 */
public final class UniqueTaskIds {
  private final Map<String, String> firstAt = new HashMap<>();

  /** Records {@code taskId} as read from {@code row}; fails on the {@code field} that repeats one. */
  public void claim(String taskId, JsonRecord row, String field) {
    String where = row.line() > 0 ? row.file() + ":" + row.line() : row.file();
    String first = firstAt.putIfAbsent(taskId, where);
    if (first != null) {
      throw row.error(field, "duplicate task id '" + taskId + "' (first at " + first + ")");
    }
  }
}
