package io.perforch.models.simulated;

/** A broken variant of a program: which kind of mistake made it, and its code. */
record Mutant(String kind, String code) {}
