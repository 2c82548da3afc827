package io.perforch.datasets.catalog;

/** A named dataset with no local copy, or a path that holds no dataset files. */
public class DatasetNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatasetNotFoundException(String message) {
    super(message);
  }
}
