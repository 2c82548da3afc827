package io.perforch.execution;

import io.perforch.datasets.model.Language;
import io.perforch.execution.build.BuildCache;
import io.perforch.execution.languages.CompileContext;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.languages.Runners;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Judges submissions: picks the language's runner and the way the problem is tested, serves repeated
 * work from the build and result caches (a failure only once a second run has confirmed it, a flaky
 * program never: {@link VerdictRuns}), and runs independent submissions in parallel. Knows nothing of
 * Beam; the pipelines wrap it in a transform.
 */
public final class Executor implements AutoCloseable {
  /**
   * Part of every result-cache key: bump it when a change to judging (assembly, limits, verdict rules)
   * or to measurement can change the result of the same program, so that stale results are never served.
   * 4: short runs have a mean RSS.
   */
  public static final String RESULTS_VERSION = "5";

  private final ExecutionSettings settings;
  private final Runners runners;
  private final ResultCache results;
  private final Judge testPrograms;
  private final Judge stdioCases;
  private final ExecutorService pool;

  public Executor(ExecutionSettings settings) {
    this(settings, Runners.standard());
  }

  public Executor(ExecutionSettings settings, Runners runners) {
    this.settings = settings;
    this.runners = runners;
    this.results = new ResultCache(settings.cacheRoot().resolve("results"));
    ProgramBuilds builds = new ProgramBuilds(new BuildCache(settings.cacheRoot().resolve("build")),
        CompileContext.forWorkers(settings.sandbox(), settings.compileLimits(), settings.workers()));
    this.testPrograms = new TestProgramJudge(settings, builds);
    this.stdioCases = new StdioJudge(settings, builds);
    AtomicInteger threads = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(settings.workers(), task -> {
      Thread thread = new Thread(task, "perforch-executor-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  public ExecutionSettings settings() {
    return settings;
  }

  /** Judges one submission. Never throws for anything the program does. */
  public ExecutionResult execute(Submission submission) {
    Language language = Language.of(submission.problem());
    Optional<LanguageRunner> runner = runners.get(language);
    String mode = settings.sandbox().mode();
    if (runner.isEmpty()) {
      return Results.notRun(submission, Verdict.TOOLCHAIN_MISSING, "PerfOrch has no runner for " + language, mode);
    }
    Optional<String> toolchain = runner.get().toolchainVersion();
    if (toolchain.isEmpty()) {
      return Results.notRun(submission, Verdict.TOOLCHAIN_MISSING,
          language.id() + " toolchain not found: run scripts/install-toolchains.sh", mode);
    }
    Judge judge = judgeFor(submission);
    String key = judge.resultKey(submission, runner.get(), toolchain.get());
    Optional<ExecutionResult> cached = settings.reuseResults() ? results.get(key) : Optional.empty();
    if (settings.checkRuns() == 0 && cached.isPresent() && VerdictRuns.servable(cached.get())) {
      return relabel(cached.get(), submission, settings);
    }
    ExecutionResult result = judge(() -> judge.judge(submission, runner.get(), toolchain.get()));
    if (cached.isPresent()) {
      result = VerdictRuns.withEarlier(result, cached.get());
    }
    if (settings.reuseResults()) {
      results.put(key, result);
    }
    return result;
  }

  /** As many runs as the settings ask for, see {@link VerdictRuns}. */
  private ExecutionResult judge(Supplier<ExecutionResult> once) {
    if (settings.checkRuns() > 0) {
      return VerdictRuns.repeated(once, settings.checkRuns());
    }
    // without the cache nothing is kept, so a failure needs no confirming
    return settings.reuseResults() ? VerdictRuns.confirmed(once) : VerdictRuns.single(once);
  }

  /**
   * Judges many submissions on {@link ExecutionSettings#workers()} threads; results come back in input
   * order. {@code progress} is told of each result as it completes.
   */
  public List<ExecutionResult> executeAll(List<Submission> submissions, Consumer<ExecutionResult> progress) {
    List<Future<ExecutionResult>> futures = new ArrayList<>();
    for (Submission submission : submissions) {
      futures.add(pool.submit(() -> {
        ExecutionResult result = execute(submission);
        progress.accept(result);
        return result;
      }));
    }
    List<ExecutionResult> out = new ArrayList<>();
    for (Future<ExecutionResult> future : futures) {
      try {
        out.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while executing", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("executor failed: " + e.getCause(), e.getCause());
      }
    }
    return out;
  }

  private Judge judgeFor(Submission submission) {
    return submission.problem().getStdio() != null ? stdioCases : testPrograms;
  }

  /**
   * A cached result keeps its figures but speaks for the submission that asked, and for this run's
   * assembly: the key covers the program's source, so the same program assembled either way is one result.
   */
  private static ExecutionResult relabel(ExecutionResult cached, Submission submission, ExecutionSettings settings) {
    ExecutionResult fresh = Results.forSubmission(submission, cached.getToolchain(), cached.getSandbox()).build();
    return ExecutionResult.newBuilder(cached)
        .setDataset(fresh.getDataset())
        .setTaskId(fresh.getTaskId())
        .setProblemId(fresh.getProblemId())
        .setLabel(fresh.getLabel())
        .setAssembly(cached.getAssembly().isEmpty() ? "" : settings.assembly().id())
        .setFromCache(true)
        .build();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
