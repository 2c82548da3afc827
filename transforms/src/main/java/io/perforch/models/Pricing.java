package io.perforch.models;

/** US dollars per million input and output tokens. */
public record Pricing(double inputPerMillion, double outputPerMillion) {
  public static final Pricing FREE = new Pricing(0, 0);

  public Pricing {
    if (inputPerMillion < 0 || outputPerMillion < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }

  public double cost(TokenUsage usage) {
    return (usage.inputTokens() * inputPerMillion + usage.outputTokens() * outputPerMillion) / 1_000_000.0;
  }
}
