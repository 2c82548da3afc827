package io.perforch.models.extraction;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;
import io.perforch.models.extraction.FencedBlocks.Block;
import java.util.List;

/**
 * From a model's reply to the code the executor judges. Reasoning in {@code <think>} tags is ignored;
 * of several fenced blocks the one that is the answer is chosen (it defines the entry point, or is tagged
 * with the problem's language; usage examples, shell commands and output are not answers); a reply
 * without fences is taken as code when it reads as code. The code's form follows from what it is: a
 * definition of the entry point is a {@link CodeForm#SOLUTION} (a reply that repeats the prompt is one),
 * anything else a {@link CodeForm#CONTINUATION} of the prompt, repaired the way chat models' bodies need.
 */
public final class CodeExtractor {
  public Extraction extract(Problem problem, String reply) {
    ExpectedAnswer expected = new ExpectedAnswer(problem);
    ReplyText text = ReplyText.of(reply);
    if (text.text().isBlank()) {
      return Extraction.noCode(text.unfinishedThinking() ? "the reply ended while still reasoning (<think>)"
          : "the reply is empty");
    }
    List<Block> blocks = FencedBlocks.of(text.text());
    String code;
    String detail;
    if (blocks.isEmpty()) {
      code = ProseLines.trimmed(text.text());
      if (code.isEmpty() || !(expected.isComplete(code) || ProseLines.mostlyCode(code))) {
        return Extraction.noCode("no code fence, and the text reads as prose");
      }
      detail = "unfenced reply";
    } else {
      int chosen = choose(blocks, expected);
      if (chosen < 0) {
        return Extraction.noCode("its " + blocks.size() + " fenced block(s) hold no " + expected.language().id()
            + " code (only shell commands, output or data, or nothing)");
      }
      code = blocks.get(chosen).code();
      detail = "fenced block " + (chosen + 1) + " of " + blocks.size()
          + (blocks.get(chosen).tag().isEmpty() ? ", untagged" : ", tagged " + blocks.get(chosen).tag());
    }
    return formed(problem, expected, code, detail);
  }

  /**
   * The form code in the executor's shape has for this problem: a program for a {@code FULL_PROGRAM}
   * problem, a solution when it defines the entry point, else a continuation.
   */
  public static CodeForm formOf(Problem problem, String code) {
    ExpectedAnswer expected = new ExpectedAnswer(problem);
    if (expected.fullProgram()) {
      return CodeForm.PROGRAM;
    }
    return expected.isComplete(code) ? CodeForm.SOLUTION : CodeForm.CONTINUATION;
  }

  private static Extraction formed(Problem problem, ExpectedAnswer expected, String code, String detail) {
    if (expected.fullProgram()) {
      return Extraction.found(code.strip() + "\n", CodeForm.PROGRAM, detail);
    }
    if (expected.isComplete(code)) {
      return Extraction.found(code.strip() + "\n", CodeForm.SOLUTION, detail);
    }
    String repaired = ContinuationRepair.repair(Submission.continuedCode(problem), code, expected.language());
    return Extraction.found(repaired, CodeForm.CONTINUATION, detail);
  }

  /** The index of the block that is the answer (the last of the best), or -1 when none holds code. */
  static int choose(List<Block> blocks, ExpectedAnswer expected) {
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      LanguageTags tag = LanguageTags.of(block.tag(), expected.language());
      if (tag == LanguageTags.NOT_CODE || block.code().isBlank()) {
        continue;
      }
      int score = score(block.code(), tag, expected);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static int score(String code, LanguageTags tag, ExpectedAnswer expected) {
    int score = switch (tag) {
      case TARGET -> 3;
      case UNTAGGED, COMPATIBLE -> 1;
      case FOREIGN -> -6;
      case NOT_CODE -> throw new IllegalStateException("not scored");
    };
    if (expected.isComplete(code)) {
      score += 8;
    } else if (expected.isUsageExample(code)) {
      score -= 4;
    }
    return score + (ProseLines.mostlyCode(code) ? 1 : 0);
  }
}
