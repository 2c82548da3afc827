package io.perforch.cli;

import io.perforch.models.Fleet;
import io.perforch.models.ModelCheck;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelClients;
import io.perforch.models.ModelSpec;
import io.perforch.models.providers.RetryPolicy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code perforch models check}: one tiny request per model, all at once, with a short timeout. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Send one tiny request to each model of a fleet (in parallel, without retries) and report "
        + "whether it is reachable, with its latency, or why not: auth failed (key missing or refused), "
        + "not found (model name or endpoint), timed out, rate limited, unreachable.",
      "Exit code 0 when every model answered, 1 otherwise."},
    footer = {
      "",
      "Examples:",
      "  perforch models check --fleet runner-configs/models/simulated.yaml",
      "  perforch models check --fleet runner-configs/models/fleet.yaml --model gpt-4.1,claude-sonnet-4-5",
      "  perforch models check --fleet runner-configs/models/fleet.yaml --timeout 60"
    })
final class ModelsCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin FleetOption fleet;

  @Option(names = "--model", split = ",", paramLabel = "ID", description = "Check only these models (default: all).")
  List<String> models;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", converter = Counts.AtLeastOne.class,
      description = "Per-model timeout in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws InterruptedException {
    Fleet all = fleet.load();
    Fleet chosen;
    try {
      chosen = models == null ? all : all.select(models);
    } catch (java.util.NoSuchElementException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Checking %d models of %s (timeout %d s)...%n", chosen.models().size(), chosen.source(), timeoutSeconds);
    out.flush();
    List<ModelCheck.Result> results = checkAll(chosen.models());
    TextTable table = new TextTable("model", "provider", "status", "latency ms>", "detail");
    for (ModelCheck.Result result : results) {
      table.row(result.model().id(), result.model().provider().id(), result.status().label(),
          Long.toString(result.latencyMillis()), result.detail());
    }
    table.print(out);
    out.println(ModelCheck.summary(results));
    return results.stream().allMatch(ModelCheck.Result::ok) ? 0 : 1;
  }

  private List<ModelCheck.Result> checkAll(List<ModelSpec> specs) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(8, specs.size())));
    try {
      List<Future<ModelCheck.Result>> pending = new ArrayList<>();
      for (ModelSpec model : specs) {
        pending.add(pool.submit(() -> {
          try (ModelClient client = ModelClients.open(model.withTimeout(Duration.ofSeconds(timeoutSeconds)),
              System::getenv, RetryPolicy.defaults().withMaxAttempts(1))) {
            return ModelCheck.check(client);
          }
        }));
      }
      List<ModelCheck.Result> results = new ArrayList<>();
      for (Future<ModelCheck.Result> result : pending) {
        try {
          results.add(result.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("model check failed: " + e.getCause(), e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
