/**
 * Candidates without Beam: a model writes one ({@link io.perforch.candidates.CandidateAuthor}), named by
 * its lineage ({@link io.perforch.candidates.CandidateIds}), judged in the sandbox
 * ({@link io.perforch.candidates.CandidateJudge}), and its verdict decides what the next stage may do with
 * it ({@link io.perforch.candidates.CandidateVerdicts}). The profiling job and the orchestrated job both
 * wrap these in their own transforms.
 */
package io.perforch.candidates;
