package io.perforch.datasets.categories;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of CSV: comma-separated fields, where a field in double quotes may hold commas and
 * {@code ""} stands for a quote. Fields never span lines in the files PerfOrch reads.
 */
final class CsvLine {
  private CsvLine() {}

  /** The fields of the line, untrimmed; fails with IllegalArgumentException on an unclosed quote. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inQuotes) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          inQuotes = false;
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '"' && field.toString().isBlank()) {
        // A quote opens a quoted field only at its start (after optional spaces), as spreadsheets write it.
        field.setLength(0);
        inQuotes = true;
      } else {
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
