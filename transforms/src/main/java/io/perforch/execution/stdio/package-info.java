/**
 * EffiBench-X's way of judging a program, used by {@code io.perforch.execution.StdioJudge}: every test
 * case's input on stdin, the output cleaned ({@link io.perforch.execution.stdio.OutputCleaner}) and judged
 * by the problem's own Python evaluator, run once per submission inside the sandbox
 * ({@link io.perforch.execution.stdio.OutputChecker}, {@link io.perforch.execution.stdio.EvaluatorRunner});
 * functional problems wrapped in their test runner ({@link io.perforch.execution.stdio.FunctionalHarness});
 * upstream's 10 s / 1024 MB limits ({@link io.perforch.execution.stdio.StdioLimits}); per-problem figures
 * summed over the cases ({@link io.perforch.execution.stdio.CaseTotals}); and the ET / MP / MI efficiency
 * scores against the canonical solutions ({@link io.perforch.execution.stdio.EfficiencyScores}).
 */
package io.perforch.execution.stdio;
