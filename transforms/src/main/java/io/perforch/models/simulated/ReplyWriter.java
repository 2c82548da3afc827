package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import io.perforch.models.Stage;
import java.util.List;

/**
 * Words a simulated answer the way a chat model words one: a short sentence, the program in one fenced
 * block tagged with its language, and sometimes a closing sentence. The sentences never say whether
 * the program is right; a real model's do not either.
 */
final class ReplyWriter {
  private static final List<String> GENERATE = List.of(
      "Here is an implementation:",
      "Here's a solution:",
      "Sure. This solves the problem:",
      "The following code does what the problem asks:");
  private static final List<String> FIX = List.of(
      "Here is the corrected code:",
      "I found the problem; this version should work:",
      "The bug is fixed below:");
  private static final List<String> KEEP_FIX = List.of(
      "The code looks correct to me as it is:",
      "I could not find a bug; here is the code again:");
  private static final List<String> REFINE = List.of(
      "Here is a faster version:",
      "This version avoids unnecessary work:",
      "Here is an optimized implementation:");
  private static final List<String> KEEP_REFINE = List.of(
      "The code is already efficient; I kept it as it is:",
      "There is little to gain here, so the code stays the same:");
  private static final List<String> CLOSING = List.of(
      "The signature is unchanged.",
      "Let me know if you need anything else.",
      "It handles the edge cases described in the problem.");

  String write(Stage stage, Answer answer, Language language, Draws draws) {
    StringBuilder reply = new StringBuilder();
    reply.append(pick(opening(stage, answer.outcome()), draws)).append("\n\n");
    reply.append("```").append(language.id()).append('\n').append(answer.code());
    if (!answer.code().endsWith("\n")) {
      reply.append('\n');
    }
    reply.append("```\n");
    if (draws.chance(0.5)) {
      reply.append('\n').append(pick(CLOSING, draws)).append('\n');
    }
    return reply.toString();
  }

  private static List<String> opening(Stage stage, Answer.Outcome outcome) {
    boolean kept = outcome == Answer.Outcome.UNCHANGED;
    return switch (stage) {
      case GENERATE -> GENERATE;
      case FIX -> kept ? KEEP_FIX : FIX;
      case REFINE -> kept ? KEEP_REFINE : REFINE;
    };
  }

  private static String pick(List<String> sentences, Draws draws) {
    return sentences.get(draws.nextInt(sentences.size()));
  }
}
