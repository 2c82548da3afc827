package io.perforch.profiling;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;

/** Candidates and results for tests of the profile's aggregation, tables and transforms. */
public final class TestCandidates {
  private TestCandidates() {}

  public static Candidate.Builder candidate(String stage, String task, int sample) {
    return Candidate.newBuilder()
        .setCandidateId(stage + "-" + task + "-" + sample)
        .setStage(stage)
        .setModel("sim-a")
        .setSample(sample)
        .setDataset("sample")
        .setTaskId(task)
        .setProblemId(task)
        .setLanguage("python")
        .setPromptSha256("p")
        .setOutcome(CandidateOutcome.JUDGED)
        .setInputTokens(100)
        .setOutputTokens(50)
        .setCostUsd(0.001)
        .setLatencyMillis(200 + sample);
  }

  public static ExecutionResult result(Verdict verdict, double wallMillis, long peakRss) {
    return ExecutionResult.newBuilder()
        .setDataset("sample").setTaskId("t").setProblemId("t").setLanguage("python").setLabel("c")
        .setCodeSha256("x").setVerdict(verdict).setWallNanos((long) (wallMillis * 1e6))
        .setPeakRssBytes(peakRss).setMeanRssBytes(peakRss / 2).setCpuEfficiency(0.9)
        .setToolchain("Python 3.11").setSandbox("bwrap")
        .build();
  }
}
