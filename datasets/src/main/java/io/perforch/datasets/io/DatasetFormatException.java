package io.perforch.datasets.io;

/**
 * A dataset file that cannot be read as the format it claims to be. The message always names the file,
 * and where known the line and the field at fault, so a user can open the file and fix it.
 */
public class DatasetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String field;

  public DatasetFormatException(String file, long line, String field, String problem) {
    this(file, line, field, problem, null);
  }

  public DatasetFormatException(String file, long line, String field, String problem, Throwable cause) {
    super(format(file, line, field, problem), cause);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  private static String format(String file, long line, String field, String problem) {
    StringBuilder message = new StringBuilder(file);
    if (line > 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (field != null) {
      message.append("field '").append(field).append("': ");
    }
    return message.append(problem).toString();
  }

  public String file() {
    return file;
  }

  /** 1-based line number, or 0 when the error concerns the whole file. */
  public long line() {
    return line;
  }

  /** The JSON field at fault, or null. */
  public String field() {
    return field;
  }
}
