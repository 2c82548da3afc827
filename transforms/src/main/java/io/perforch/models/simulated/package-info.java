/**
 * The simulated provider: offline, deterministic stand-ins for LLMs, built from a dataset's reference
 * solutions, for demos and tests. Plain Java, no Beam. Never presented as real models (ids start
 * {@code sim-}; {@code runner-configs/models/simulated.yaml} is the shipped fleet).
 *
 * <p>{@link io.perforch.models.simulated.SimulatedModelClient} is the entry point. Per request it keys
 * a {@code Draws} stream by the request's identity, lets {@code AnswerPlanner} decide from the model's
 * {@link io.perforch.models.SimulatedProfile} whether the answer is right (a reference solution) or
 * wrong (a {@code Mutator} mutant, or the input handed back), and has {@code ReplyWriter} word it as a
 * chat reply with one fenced code block.
 *
 * <p>Mutations are one small class per kind of mistake behind {@code Mutation}; {@code SourceText} gives
 * them a program's lines and, from {@link io.perforch.execution.source.MaskedSource}, which spans are code
 * rather than string literals or comments.
 */
package io.perforch.models.simulated;
