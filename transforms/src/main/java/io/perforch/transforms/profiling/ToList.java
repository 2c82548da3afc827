package io.perforch.transforms.profiling;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/** Gathers a (small) PCollection into one list; an empty input gives an empty list. */
final class ToList<T> extends CombineFn<T, List<T>, List<T>> {
  @Override
  public List<T> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<T> addInput(List<T> accumulator, T input) {
    accumulator.add(input);
    return accumulator;
  }

  @Override
  public List<T> mergeAccumulators(Iterable<List<T>> accumulators) {
    List<T> merged = new ArrayList<>();
    accumulators.forEach(merged::addAll);
    return merged;
  }

  @Override
  public List<T> extractOutput(List<T> accumulator) {
    return accumulator;
  }

  @Override
  public Coder<List<T>> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder)
      throws CannotProvideCoderException {
    return ListCoder.of(inputCoder);
  }
}
