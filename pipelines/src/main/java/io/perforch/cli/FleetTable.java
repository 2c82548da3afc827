package io.perforch.cli;

import io.perforch.datasets.model.Language;
import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.Stage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@code models list} prints: one row per model, a line per simulated model's skills, and which key
 * variables are missing. It is given only whether a variable is set, never its value, so no key can leak.
 */
final class FleetTable {
  private final Predicate<String> keyIsSet;

  /** @param keyIsSet whether an environment variable holds a (non-blank) value */
  FleetTable(Predicate<String> keyIsSet) {
    this.keyIsSet = keyIsSet;
  }

  /** The real environment. */
  static boolean isSetInEnvironment(String variable) {
    String value = System.getenv(variable);
    return value != null && !value.isBlank();
  }

  void print(Fleet fleet, PrintWriter out) {
    TextTable table = new TextTable("ID", "PROVIDER", "MODEL", "ENDPOINT", "KEY", "$/M IN>", "$/M OUT>",
        "CONC>", "RPM>", "TPM>");
    Set<String> unset = new LinkedHashSet<>();
    for (ModelSpec model : fleet.models()) {
      table.row(model.id(), model.provider().id(), model.model(),
          model.endpoint() == null ? "(offline)" : model.endpoint().toString(), key(model, unset),
          price(model.pricing().inputPerMillion()), price(model.pricing().outputPerMillion()),
          Integer.toString(model.maxConcurrency()), limit(model.requestsPerMinute()),
          limit(model.tokensPerMinute()));
    }
    table.print(out);
    printSkills(fleet, out);
    out.println();
    out.printf("%d models from %s (sha256 %s). Prices in USD per million tokens; RPM/TPM '-' = no limit.%n",
        fleet.models().size(), fleet.source(), fleet.sha256().substring(0, 12));
    if (!unset.isEmpty()) {
      out.println("Key variables not set: " + String.join(", ", unset) + " (calls to the models using them "
          + "will fail).");
    }
  }

  private String key(ModelSpec model, Set<String> unset) {
    if (model.simulated() != null) {
      return "-";
    }
    String variable = model.apiKeyEnv();
    if (variable == null) {
      return "none";
    }
    if (keyIsSet.test(variable)) {
      return variable + " (set)";
    }
    unset.add(variable);
    return variable + " (not set)";
  }

  private static void printSkills(Fleet fleet, PrintWriter out) {
    List<ModelSpec> simulated = fleet.models().stream().filter(model -> model.simulated() != null).toList();
    if (simulated.isEmpty()) {
      return;
    }
    out.println();
    out.println("Simulated skills (chance of a right answer; a/b/c = generate/fix/refine):");
    int width = simulated.stream().mapToInt(model -> model.id().length()).max().orElse(0);
    for (ModelSpec model : simulated) {
      out.printf("  %-" + width + "s  %s%n", model.id(), skills(model.simulated()));
    }
  }

  /** {@code python 0.90/0.70/0.50, java 0.40, others 0.30; slow share 0.30; seed 7}. */
  static String skills(SimulatedProfile profile) {
    List<String> parts = new ArrayList<>();
    for (Language language : profile.skills().keySet()) {
      List<String> stages = new ArrayList<>();
      for (Stage stage : Stage.values()) {
        stages.add(probability(profile.skill(language, stage)));
      }
      boolean same = stages.stream().distinct().count() == 1;
      parts.add(language.id() + " " + (same ? stages.get(0) : String.join("/", stages)));
    }
    parts.add("others " + probability(profile.defaultSkill()));
    return String.join(", ", parts) + "; slow share " + probability(profile.slowShare()) + "; seed " + profile.seed();
  }

  private static String probability(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }

  /** Two decimals, three for sub-cent prices such as 0.075. */
  private static String price(double usd) {
    String cents = String.format(Locale.ROOT, "%.2f", usd);
    String mills = String.format(Locale.ROOT, "%.3f", usd);
    return Double.parseDouble(cents) == Double.parseDouble(mills) ? cents : mills;
  }

  private static String limit(int perMinute) {
    return perMinute == 0 ? "-" : String.format(Locale.ROOT, "%,d", perMinute);
  }
}
