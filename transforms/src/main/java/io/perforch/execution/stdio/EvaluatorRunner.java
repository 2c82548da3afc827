package io.perforch.execution.stdio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.execution.sandbox.RunRequest;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.Sandbox;
import io.perforch.execution.sandbox.SandboxLimits;
import io.perforch.execution.stdio.OutputChecker.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a problem's Python evaluator over a batch of (expected, actual) pairs inside the sandbox: the
 * evaluator is dataset code and reads the candidate's output, so it gets no more trust than the candidate.
 * One process judges the whole batch with {@value #SCRIPT} (a classpath resource), which calls
 * {@code evaluate(actual, expected)} per pair under a {@link StdioLimits#EVALUATOR_CALL_TIMEOUT} alarm and
 * prints one JSON list of booleans.
 */
public final class EvaluatorRunner {
  /** Debian's interpreter: visible in the sandbox, unlike a pyenv shim under /root. */
  static final String PYTHON = "/usr/bin/python3";
  static final String SCRIPT = "evaluate_outputs.py";
  private static final String EVALUATOR_FILE = "evaluator.py";
  private static final String PAIRS_FILE = "pairs.json";
  private static final String SCRIPT_SOURCE = loadScript();

  private final Sandbox sandbox;
  private final SandboxLimits runLimits;

  public EvaluatorRunner(Sandbox sandbox, SandboxLimits runLimits) {
    this.sandbox = sandbox;
    this.runLimits = runLimits;
  }

  /** The evaluation script's text, part of the result-cache key: changing it can change verdicts. */
  public static String scriptSource() {
    return SCRIPT_SOURCE;
  }

  /** Judges {@code pairs} pairs already written to {@code dir}/pairs.json; {@code dir} is lent to the run. */
  Outcome run(Path dir, String evaluatorSource, int pairs) {
    try {
      Files.writeString(dir.resolve(SCRIPT), SCRIPT_SOURCE, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(EVALUATOR_FILE), evaluatorSource, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Outcome.failed("cannot write the evaluator files: " + e.getMessage());
    }
    double timeoutSeconds = StdioLimits.EVALUATOR_CALL_TIMEOUT.toMillis() / 1000.0;
    RunRequest request = RunRequest.builder(dir)
        .command(PYTHON, "-I", "-B", SCRIPT, EVALUATOR_FILE, PAIRS_FILE, Double.toString(timeoutSeconds))
        .limits(StdioLimits.evaluator(runLimits, pairs))
        .sampleMemory(false)
        .build();
    return parse(sandbox.run(request), pairs);
  }

  /** Reads the script's one-line answer; anything else means the outputs could not be judged. */
  static Outcome parse(RunResult run, int pairs) {
    String last = lastLine(run.stdout());
    JsonNode answer = null;
    if (!last.isEmpty()) {
      try {
        answer = DatasetFiles.json().readTree(last);
      } catch (IOException e) {
        answer = null;
      }
    }
    if (answer != null && answer.isObject() && answer.has("error")) {
      return Outcome.failed(answer.get("error").asText());
    }
    if (!run.succeeded() || answer == null || !answer.isArray() || answer.size() != pairs) {
      String how = run.succeeded() ? "printed no verdict list" : (run.status() + " " + run.message()).strip();
      String stderrLast = lastLine(run.stderr());
      return Outcome.failed("evaluator run " + how + (stderrLast.isEmpty() ? "" : ": " + stderrLast));
    }
    List<Boolean> passed = new ArrayList<>();
    for (JsonNode verdict : answer) {
      passed.add(verdict.isBoolean() && verdict.booleanValue());
    }
    return Outcome.judged(passed);
  }

  private static String lastLine(String text) {
    return text.strip().lines().reduce((a, b) -> b).orElse("").strip();
  }

  private static String loadScript() {
    try (InputStream in = EvaluatorRunner.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource missing: " + SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCRIPT, e);
    }
  }

  /**
   * An {@link OutputChecker} that streams the cleaned pairs into a JSON file in a private folder as the
   * cases run (so a submission's outputs are never all held in memory) and judges them in one run.
   */
  static final class Batch extends OutputChecker {
    private final String evaluatorSource;
    private final EvaluatorRunner runner;
    private Path dir;
    private JsonGenerator pairs;
    private int count;

    Batch(String evaluatorSource, EvaluatorRunner runner) {
      this.evaluatorSource = evaluatorSource;
      this.runner = runner;
    }

    @Override
    protected void accept(String cleanedExpected, String cleanedActual) {
      try {
        if (pairs == null) {
          dir = Files.createTempDirectory("perforch-eval-");
          pairs = DatasetFiles.json().getFactory()
              .createGenerator(Files.newOutputStream(dir.resolve(PAIRS_FILE)));
          pairs.writeStartArray();
        }
        pairs.writeStartObject();
        pairs.writeStringField("expected", cleanedExpected);
        pairs.writeStringField("actual", cleanedActual);
        pairs.writeEndObject();
        count++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the outputs to judge: " + e.getMessage(), e);
      }
    }

    @Override
    public Outcome finish() {
      if (count == 0) {
        return Outcome.judged(List.of());
      }
      try {
        pairs.writeEndArray();
        pairs.close();
        pairs = null;
      } catch (IOException e) {
        return Outcome.failed("cannot write the outputs to judge: " + e.getMessage());
      }
      return runner.run(dir, evaluatorSource, count);
    }

    @Override
    public void close() {
      if (pairs != null) {
        try {
          pairs.close();
        } catch (IOException ignored) {
          // the folder goes anyway
        }
      }
      deleteTree(dir);
    }

    private static void deleteTree(Path dir) {
      if (dir == null || !Files.exists(dir)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException | UncheckedIOException ignored) {
        // left-over scratch space in the temp folder is harmless
      }
    }
  }
}
