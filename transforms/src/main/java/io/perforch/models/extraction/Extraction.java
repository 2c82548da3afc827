package io.perforch.models.extraction;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;
import java.util.Objects;

/**
 * What {@link CodeExtractor} found in a reply: code in the form the executor needs, or the reason there
 * is none, which the caller records as the sample's outcome (a model that answers without code has
 * failed the task, not crashed the run).
 *
 * @param code the code, or null when there is none
 * @param form how the code is judged; null when there is no code
 * @param detail where the code came from ({@code fenced block 2 of 3, tagged python}), or why there is
 *     none, starting with {@value #NO_CODE}
 */
public record Extraction(String code, CodeForm form, String detail) {
  public static final String NO_CODE = "no code in reply";

  public Extraction {
    Objects.requireNonNull(detail, "detail");
    if ((code == null) != (form == null)) {
      throw new IllegalArgumentException("code and form go together");
    }
  }

  static Extraction found(String code, CodeForm form, String detail) {
    return new Extraction(Objects.requireNonNull(code, "code"), Objects.requireNonNull(form, "form"), detail);
  }

  static Extraction noCode(String why) {
    return new Extraction(null, null, NO_CODE + ": " + why);
  }

  public boolean hasCode() {
    return code != null;
  }

  /** The code as a submission to judge. */
  public Submission submission(Problem problem, String label) {
    if (!hasCode()) {
      throw new IllegalStateException(problem.getTaskId() + " (" + label + "): " + detail);
    }
    return new Submission(problem, label, code, form);
  }
}
