package io.perforch.transforms.profiling;

import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.model.ProfileRow;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes the profile table and leaderboards of a run ({@link ProfileFiles}) once every row is in. The
 * table is small (models × languages × stages × categories), so it is gathered on one worker and written
 * whole; outputs the files written.
 */
public final class WriteProfile extends PTransform<PCollection<ProfileRow>, PCollection<String>> {
  private final String runDir;

  public WriteProfile(String runDir) {
    this.runDir = runDir;
  }

  @Override
  public PCollection<String> expand(PCollection<ProfileRow> rows) {
    return rows
        .apply("GatherRows", Combine.globally(new ToList<ProfileRow>()))
        .setCoder(ListCoder.of(AvroCoder.of(ProfileRow.class)))
        .apply("WriteFiles", ParDo.of(new WriteFn(runDir)));
  }

  static final class WriteFn extends DoFn<List<ProfileRow>, String> {
    private final String runDir;

    WriteFn(String runDir) {
      this.runDir = runDir;
    }

    @ProcessElement
    public void process(@Element List<ProfileRow> rows, OutputReceiver<String> out) throws IOException {
      ProfileFiles.write(runDir, rows).forEach(out::output);
    }
  }
}
