package io.perforch.profiling.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Files of a run directory on any Beam FileSystems path (local folders and {@code gs://} alike): text
 * and Avro container files, written whole. Local parent folders are created; object stores need none.
 */
public final class RunFiles {
  private RunFiles() {}

  /** {@code dir/relative}, e.g. {@code out/profile/profile.csv}. */
  public static ResourceId resolve(String dir, String relative) {
    ResourceId resource = FileSystems.matchNewResource(dir.endsWith("/") ? dir : dir + "/", true);
    String[] parts = relative.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      resource = resource.resolve(parts[i], StandardResolveOptions.RESOLVE_DIRECTORY);
    }
    return resource.resolve(parts[parts.length - 1], StandardResolveOptions.RESOLVE_FILE);
  }

  public static void writeText(ResourceId file, String text) throws IOException {
    try (OutputStream out = create(file, "text/plain")) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  public static String readText(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** An Avro container file (deflate) of {@code records}, in the order given. */
  public static <T extends SpecificRecord> void writeAvro(ResourceId file, Class<T> type, List<T> records)
      throws IOException {
    try (OutputStream out = create(file, "application/avro");
        DataFileWriter<T> writer = new DataFileWriter<>(new SpecificDatumWriter<>(type))) {
      writer.setCodec(CodecFactory.deflateCodec(6));
      writer.create(SpecificData.get().getSchema(type), out);
      for (T record : records) {
        writer.append(record);
      }
    }
  }

  public static <T extends SpecificRecord> List<T> readAvro(ResourceId file, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    try (InputStream in = Channels.newInputStream(FileSystems.open(file));
        DataFileStream<T> reader = new DataFileStream<>(in, new SpecificDatumReader<>(type))) {
      reader.forEach(records::add);
    }
    return records;
  }

  private static OutputStream create(ResourceId file, String mimeType) throws IOException {
    if (file.getScheme().equals("file")) {
      Files.createDirectories(Path.of(file.getCurrentDirectory().toString()));
    }
    return Channels.newOutputStream(FileSystems.create(file, mimeType));
  }
}
