package io.perforch.transforms.profiling;

import io.perforch.profiling.ProfileAggregator;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.ProfileRow;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** Candidates → profile rows: one per (model, language, stage) over all categories, and per category. */
public final class AggregateProfile extends PTransform<PCollection<Candidate>, PCollection<ProfileRow>> {
  @Override
  public PCollection<ProfileRow> expand(PCollection<Candidate> candidates) {
    return candidates
        .apply("KeyByProfileCell", ParDo.of(new KeyByCellFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(Candidate.class)))
        .apply("GroupByCell", GroupByKey.create())
        .apply("Summarise", ParDo.of(new SummariseFn()))
        .setCoder(AvroCoder.of(ProfileRow.class));
  }

  static final class KeyByCellFn extends DoFn<Candidate, KV<String, Candidate>> {
    @ProcessElement
    public void process(@Element Candidate candidate, OutputReceiver<KV<String, Candidate>> out) {
      for (ProfileKey key : ProfileKey.of(candidate)) {
        out.output(KV.of(key.encoded(), candidate));
      }
    }
  }

  static final class SummariseFn extends DoFn<KV<String, Iterable<Candidate>>, ProfileRow> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Candidate>> cell, OutputReceiver<ProfileRow> out) {
      out.output(ProfileAggregator.summarise(ProfileKey.decode(cell.getKey()), cell.getValue()));
    }
  }
}
