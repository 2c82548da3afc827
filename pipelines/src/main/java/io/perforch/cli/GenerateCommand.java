package io.perforch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.candidates.CandidateAuthor;
import io.perforch.datasets.model.Problem;
import io.perforch.models.Fleet;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelClients;
import io.perforch.models.ModelSpec;
import io.perforch.models.Stage;
import io.perforch.models.store.ResponseStore;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.io.IOException;
import org.apache.beam.sdk.io.FileSystems;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perforch generate}: asks one model for n samples of every problem and writes them as a samples
 * JSONL that {@code perforch evaluate} (or any harness) judges. Generation and evaluation stay separate
 * steps; with {@code --replay} the same file comes out again, byte for byte, with no network.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {"Ask one model of a fleet for samples of every problem and write them as JSONL (task_id, "
        + "language, model, sample, completion, form, ...), the exchange format 'perforch evaluate' reads.",
      "Answers are recorded in a response store with --cache, and served from it with --replay (no network; "
          + "a request the store lacks is a row with an error). A failed request is a row with an error, "
          + "never a wrong answer."},
    footer = {"", "Examples:",
      "  perforch generate --fleet runner-configs/models/fleet.yaml --model gpt-4.1 --dataset sample \\",
      "      --samples 5 --cache runs/store --out runs/gpt-4.1.jsonl",
      "  perforch generate ... --replay runs/store --out runs/gpt-4.1-again.jsonl",
      "  perforch evaluate --dataset sample --samples runs/gpt-4.1.jsonl --k 1,5"})
final class GenerateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin FleetOption fleet;
  @Mixin DatasetOptions dataset;

  @Option(names = "--model", required = true, paramLabel = "ID", description = "The fleet model to ask.")
  String modelId;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1", converter = Counts.AtLeastOne.class,
      description = "Samples per problem (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Only the first N problems of each language (default: all).")
  int limit;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Samples JSONL to write (local or gs://).")
  String out;

  @CommandLine.ArgGroup(exclusive = true)
  ProfileCommand.StoreChoice store;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Fleet loaded = fleet.load();
    ModelSpec model;
    try {
      model = loaded.model(modelId);
    } catch (java.util.NoSuchElementException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Problem> problems = Limits.firstPerLanguage(dataset.load(), limit);
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Asking %s for %d sample(s) of %d problems%n", model.id(), samples, problems.size());
    err.flush();
    List<Candidate> candidates;
    try (ModelClient client = open(model)) {
      candidates = askAll(client, problems);
    }
    StringBuilder lines = new StringBuilder();
    int failed = 0;
    for (Candidate candidate : candidates) {
      failed += candidate.getOutcome().name().equals("PROVIDER_ERROR") ? 1 : 0;
      lines.append(JSON.writeValueAsString(row(candidate))).append('\n');
    }
    RunFiles.writeText(FileSystems.matchNewResource(out, false), lines.toString());
    spec.commandLine().getOut().printf("Wrote %d samples to %s (%d failed requests)%n", candidates.size(), out, failed);
    return failed == 0 ? 0 : 1;
  }

  private ModelClient open(ModelSpec model) {
    String path = ProfileCommand.StoreChoice.pathOf(store, null);
    return ModelClients.open(model, System::getenv, path == null ? null : new ResponseStore(path),
        ProfileCommand.StoreChoice.modeOf(store));
  }

  /** Every request at once, up to the model's concurrency (the client enforces it); rows in input order. */
  private List<Candidate> askAll(ModelClient client, List<Problem> problems) throws InterruptedException {
    CandidateAuthor author = new CandidateAuthor();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, client.spec().maxConcurrency()));
    try {
      List<Future<Candidate>> pending = new ArrayList<>();
      for (Problem problem : problems) {
        for (int sample = 0; sample < samples; sample++) {
          StageTask task = StageTask.newBuilder().setStage(Stage.GENERATE.id()).setModel(client.spec().id())
              .setSample(sample).setParent(null).build();
          pending.add(pool.submit(() -> author.write(problem, task, client).candidate()));
        }
      }
      List<Candidate> candidates = new ArrayList<>();
      for (Future<Candidate> candidate : pending) {
        try {
          candidates.add(candidate.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("generation failed: " + e.getCause(), e.getCause());
        }
      }
      return candidates;
    } finally {
      pool.shutdownNow();
    }
  }

  private static ObjectNode row(Candidate candidate) {
    ObjectNode row = JSON.createObjectNode();
    row.put("task_id", candidate.getTaskId());
    row.put("language", candidate.getLanguage());
    row.put("model", candidate.getModel());
    row.put("sample", candidate.getSample());
    switch (candidate.getOutcome()) {
      case JUDGED -> row.put("completion", candidate.getCode()).put("form", candidate.getForm());
      case NO_CODE -> row.put("completion", "").put("form", "continuation").put("note", "no code in the reply");
      case PROVIDER_ERROR -> row.put("error", candidate.getProviderError());
    }
    row.put("prompt_sha256", candidate.getPromptSha256());
    row.put("input_tokens", candidate.getInputTokens());
    row.put("output_tokens", candidate.getOutputTokens());
    row.put("cost_usd", Double.parseDouble(String.format(Locale.ROOT, "%.8f", candidate.getCostUsd())));
    row.put("latency_ms", candidate.getLatencyMillis());
    return row;
  }
}
