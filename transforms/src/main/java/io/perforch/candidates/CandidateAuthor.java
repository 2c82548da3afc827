package io.perforch.candidates;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.ProviderException;
import io.perforch.models.Stage;
import io.perforch.models.TaskContext;
import io.perforch.models.extraction.CodeExtractor;
import io.perforch.models.extraction.Extraction;
import io.perforch.models.prompts.StagePrompts;
import io.perforch.models.store.RequestKey;
import io.perforch.models.store.StoredModelClient;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.StageTask;
import java.util.List;

/**
 * Asks a model for one candidate: builds the stage's prompt (the problem; the failing program with its
 * verdict and output; the correct program with its measured time), sends it, and extracts the code. A
 * provider failure and an answer without code are outcomes recorded on the candidate, not exceptions.
 */
public final class CandidateAuthor {
  private final StagePrompts prompts = new StagePrompts();
  private final CodeExtractor extractor = new CodeExtractor();

  /** A candidate, and whether its answer came from a response store rather than the model. */
  public record Authored(Candidate candidate, boolean fromStore) {}

  /** The unjudged candidate: code and form, or why there is none; the model call's cost and latency. */
  public Authored write(Problem problem, StageTask task, ModelClient client) throws InterruptedException {
    ModelSpec model = client.spec();
    Stage stage = Stage.parse(task.getStage());
    Candidate parent = task.getParent();
    ChatRequest request = ChatRequest.of(model, messages(problem, stage, parent), task.getSample(),
        new TaskContext(problem, stage, parent == null ? null : parent.getCode()));
    Candidate.Builder candidate = Candidate.newBuilder()
        .setCandidateId(CandidateIds.of(problem, task))
        .setParentId(parent == null ? null : parent.getCandidateId())
        .setStage(stage.id())
        .setModel(model.id())
        .setSample(task.getSample())
        .setDataset(problem.getDataset())
        .setTaskId(problem.getTaskId())
        .setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage())
        .setCategory(categoryOf(problem))
        .setCategories(ProfileKey.categoriesOf(problem))
        .setPromptSha256(RequestKey.of(model, request).sha256());
    ChatResponse response;
    boolean fromStore = false;
    try {
      if (client instanceof StoredModelClient stored) {
        StoredModelClient.Served served = stored.serve(request);
        response = served.response();
        fromStore = served.fromStore();
      } else {
        response = client.complete(request);
      }
    } catch (ProviderException e) {
      return new Authored(candidate.setOutcome(CandidateOutcome.PROVIDER_ERROR)
          .setProviderError(e.kind() + ": " + e.getMessage())
          .setAttempts(e.attempts())
          .build(), false);
    }
    candidate.setInputTokens(response.usage().inputTokens())
        .setOutputTokens(response.usage().outputTokens())
        .setCostUsd(model.cost(response.usage()))
        .setLatencyMillis(response.latencyMillis())
        .setAttempts(response.attempts());
    Extraction extraction = extractor.extract(problem, response.text());
    if (!extraction.hasCode()) {
      return new Authored(candidate.setOutcome(CandidateOutcome.NO_CODE).build(), fromStore);
    }
    return new Authored(candidate.setOutcome(CandidateOutcome.JUDGED)
        .setCode(extraction.code())
        .setForm(extraction.form().name().toLowerCase(java.util.Locale.ROOT))
        .build(), fromStore);
  }

  private List<ChatMessage> messages(Problem problem, Stage stage, Candidate parent) {
    return switch (stage) {
      case GENERATE -> prompts.generate(problem);
      case FIX -> prompts.fix(submissionOf(problem, parent), parent.getResult().getVerdict(), outputOf(parent.getResult()));
      case REFINE -> prompts.refine(submissionOf(problem, parent), parent.getResult().getWallNanos() / 1e6,
          parent.getResult().getPeakRssBytes());
    };
  }

  /**
   * The problem's category; for a dataset without categories but with tags (EffiBench-X), its first
   * tag, as the dataset lists it.
   */
  static String categoryOf(Problem problem) {
    if (problem.getCategory() != null && !problem.getCategory().isBlank()) {
      return problem.getCategory();
    }
    return problem.getTags().isEmpty() ? null : problem.getTags().get(0);
  }

  /** A candidate's code as the executor takes it. */
  public static Submission submissionOf(Problem problem, Candidate candidate) {
    return new Submission(problem, candidate.getCandidateId(), candidate.getCode(), formOf(candidate));
  }

  static CodeForm formOf(Candidate candidate) {
    return CodeForm.valueOf(candidate.getForm().toUpperCase(java.util.Locale.ROOT));
  }

  /** What a fix prompt shows of a failure: the verdict's message, then the compiler's or the program's output. */
  static String outputOf(ExecutionResult result) {
    StringBuilder output = new StringBuilder(result.getMessage());
    for (String part : List.of(result.getCompileOutput(), result.getStdout(), result.getStderr())) {
      if (!part.isBlank()) {
        output.append(output.length() == 0 ? "" : "\n").append(part.strip());
      }
    }
    return output.toString();
  }
}
