package io.perforch.datasets.catalog;

import java.util.List;

/**
 * A dataset PerfOrch knows by name: where its public copy lives and how to read it.
 *
 * @param name the name used on the command line
 * @param description one line for {@code datasets list}
 * @param format the layout of its files
 * @param baseUrl where {@link #files} are downloaded from; null for the built-in sample
 * @param files the pinned files of the release; empty when it cannot be fetched by PerfOrch itself
 * @param howToObtain what to do instead when {@link #files} is empty
 */
public record DatasetInfo(
    String name,
    String description,
    DatasetFormat format,
    String baseUrl,
    List<RemoteFile> files,
    String howToObtain) {

  public boolean builtIn() {
    return baseUrl == null;
  }

  public boolean fetchable() {
    return !files.isEmpty();
  }
}
