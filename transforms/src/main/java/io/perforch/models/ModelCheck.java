package io.perforch.models;

import java.util.List;
import java.util.Locale;

/**
 * {@code models check}: one tiny request per model, to learn before a long run whether each model is
 * reachable with the configured key and name. The outcome names the usual causes (auth failed, not
 * found, timed out) rather than printing a stack trace.
 */
public final class ModelCheck {
  /** What a check found. */
  public enum Status {
    REACHABLE("reachable"),
    AUTH_FAILED("auth failed"),
    NOT_FOUND("not found"),
    TIMED_OUT("timed out"),
    RATE_LIMITED("rate limited"),
    UNREACHABLE("unreachable"),
    ERROR("error");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** @param detail the start of the reply, or the provider's error message */
  public record Result(ModelSpec model, Status status, long latencyMillis, String detail) {
    public boolean ok() {
      return status == Status.REACHABLE;
    }
  }

  static final List<ChatMessage> PING = List.of(
      ChatMessage.system("This is a connectivity check."),
      ChatMessage.user("Reply with the single word: ok"));
  /** Enough for a one-word answer; reasoning models may spend it all thinking, which is still an answer. */
  static final int MAX_TOKENS = 64;

  private ModelCheck() {}

  /** Sends the ping through {@code client} (built without retries, so an outage shows at once). */
  public static Result check(ModelClient client) throws InterruptedException {
    ModelSpec model = client.spec();
    ChatRequest ping = new ChatRequest(PING, model.temperature(), Math.min(model.maxTokens(), MAX_TOKENS), 0, null);
    long start = System.nanoTime();
    try {
      ChatResponse response = client.complete(ping);
      String reply = response.text().strip().replaceAll("\\s+", " ");
      return new Result(model, Status.REACHABLE, millisSince(start),
          reply.isEmpty() ? "(empty reply, finish reason " + response.finishReason() + ")" : abbreviate(reply));
    } catch (ProviderException e) {
      return new Result(model, statusOf(e.kind()), millisSince(start), abbreviate(withoutModelPrefix(e.getMessage())));
    } catch (RuntimeException e) {
      return new Result(model, Status.ERROR, millisSince(start), abbreviate(String.valueOf(e.getMessage())));
    }
  }

  static Status statusOf(ProviderException.Kind kind) {
    return switch (kind) {
      case AUTH_FAILED -> Status.AUTH_FAILED;
      case NOT_FOUND -> Status.NOT_FOUND;
      case TIMEOUT -> Status.TIMED_OUT;
      case RATE_LIMITED -> Status.RATE_LIMITED;
      case NETWORK -> Status.UNREACHABLE;
      default -> Status.ERROR;
    };
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String abbreviate(String text) {
    String line = text == null ? "" : text.replace('\n', ' ');
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }

  /** Provider errors start by naming the model and endpoint, which the check's table already shows. */
  static String withoutModelPrefix(String message) {
    if (message == null || !message.startsWith("model ")) {
      return message;
    }
    int end = message.indexOf("): ");
    return end < 0 ? message : message.substring(end + 3);
  }

  public static String summary(List<Result> results) {
    long reachable = results.stream().filter(Result::ok).count();
    return String.format(Locale.ROOT, "%d of %d models reachable", reachable, results.size());
  }
}
