package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.Provider;
import io.perforch.models.ProviderException;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.TaskContext;
import io.perforch.models.TokenUsage;
import java.util.Objects;

/**
 * A simulated model: answers a task from the problem's reference solutions, right with the probability
 * its {@link SimulatedProfile} gives for the task's language and stage, otherwise with a realistically
 * wrong program. Offline and deterministic: every decision is drawn from a hash of the profile's seed,
 * the model id, the task, the stage, the sample index and the input program, so the same request gets
 * the same reply, token counts and latency, on any machine. Stateless, hence thread-safe; it never
 * sleeps (the latency it reports is simulated).
 */
public final class SimulatedModelClient implements ModelClient {
  /** Roughly how many characters one token covers, for the usage estimate. */
  private static final int CHARS_PER_TOKEN = 4;

  private final ModelSpec spec;
  private final AnswerPlanner planner = new AnswerPlanner(new Mutator());
  private final ReplyWriter writer = new ReplyWriter();

  public SimulatedModelClient(ModelSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec.provider() != Provider.SIMULATED) {
      throw new IllegalArgumentException("model '" + spec.id() + "' has provider " + spec.provider().id()
          + "; a SimulatedModelClient serves only provider " + Provider.SIMULATED.id());
    }
    this.spec = spec;
  }

  @Override
  public ModelSpec spec() {
    return spec;
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    TaskContext task = request.task();
    Draws draws = task == null
        ? Draws.keyedBy(spec.simulated().seed(), spec.id(), "ping")
        : Draws.keyedBy(spec.simulated().seed(), spec.id(), task.problem().getDataset(),
            task.problem().getTaskId(), task.stage().id(), request.sample(),
            task.inputCode() == null ? "" : task.inputCode());
    String text = task == null ? pingReply() : reply(task, draws);
    TokenUsage usage = new TokenUsage(tokens(inputChars(request)), tokens(text.length()));
    return new ChatResponse(text, usage, "stop", latencyMillis(usage, draws), 1);
  }

  private String reply(TaskContext task, Draws draws) throws ProviderException {
    try {
      Answer answer = planner.plan(spec.simulated(), task, draws);
      return writer.write(task.stage(), answer, Language.of(task.problem()), draws);
    } catch (IllegalArgumentException unanswerable) {
      throw new ProviderException(ProviderException.Kind.BAD_REQUEST,
          "simulated model " + spec.id() + " cannot answer: " + unanswerable.getMessage());
    }
  }

  /** What a connectivity check ({@code models check} asks for "ok") gets: there is no task to answer. */
  private String pingReply() {
    return "ok (" + spec.id() + " is a simulated model: offline and deterministic)";
  }

  private static long inputChars(ChatRequest request) {
    return request.messages().stream().mapToLong(message -> message.content().length()).sum();
  }

  private static long tokens(long chars) {
    return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }

  /** A time to first token plus a per-token rate, both drawn, in the range of hosted models. */
  private static long latencyMillis(TokenUsage usage, Draws draws) {
    long firstToken = 150 + draws.nextInt(350);
    long perOutputToken = 8 + draws.nextInt(17);
    return firstToken + usage.inputTokens() / 50 + usage.outputTokens() * perOutputToken;
  }
}
