package io.perforch.models.fleet;

/**
 * A fleet file that cannot be used as written. The message names the file, the line and the field path
 * ({@code fleet.yaml:12: models[3].price_per_million.input: expected a number, got 'abc'}), so a user can
 * go straight to the spot and fix it.
 */
public class FleetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String field;

  /**
   * @param line 1-based, or 0 when the problem concerns the whole file
   * @param field the field path, e.g. {@code models[3].temperature}, or null
   */
  public FleetFormatException(String file, int line, String field, String problem) {
    this(file, line, field, problem, null);
  }

  public FleetFormatException(String file, int line, String field, String problem, Throwable cause) {
    super(format(file, line, field, problem), cause);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  private static String format(String file, int line, String field, String problem) {
    StringBuilder message = new StringBuilder(file);
    if (line > 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (field != null && !field.isEmpty()) {
      message.append(field).append(": ");
    }
    return message.append(problem).toString();
  }

  public String file() {
    return file;
  }

  /** 1-based line number, or 0 when the error concerns the whole file. */
  public int line() {
    return line;
  }

  /** The field path at fault, or null. */
  public String field() {
    return field;
  }
}
