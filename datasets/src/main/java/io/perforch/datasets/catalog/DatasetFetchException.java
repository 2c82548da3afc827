package io.perforch.datasets.catalog;

/** A download that did not produce a verified local copy; the message says what to do instead. */
public class DatasetFetchException extends Exception {
  private static final long serialVersionUID = 1L;

  public DatasetFetchException(String message) {
    super(message);
  }

  public DatasetFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
