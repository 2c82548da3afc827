/**
 * What every job's workers share to make and judge candidates: how they reach models ({@link
 * io.perforch.transforms.candidates.ModelAccess}, {@link io.perforch.transforms.candidates.SharedModels})
 * and how they judge ({@link io.perforch.transforms.candidates.JudgeSettings}), each a small serializable
 * value built once from the command line.
 */
package io.perforch.transforms.candidates;
