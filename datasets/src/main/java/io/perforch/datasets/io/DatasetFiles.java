package io.perforch.datasets.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Reads dataset files through Beam {@link FileSystems}, so local paths and {@code gs://} URIs work alike,
 * and gzip is recognised by its magic bytes rather than trusted to the file name.
 */
public final class DatasetFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DatasetFiles() {}

  /** Files matching a path or glob, sorted by name; fails at once when nothing matches. */
  public static List<ResourceId> match(String pathOrGlob) {
    List<ResourceId> files;
    try {
      files = FileGlob.match(pathOrGlob);
    } catch (FileNotFoundException missing) {
      throw new DatasetFormatException(pathOrGlob, 0, null, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pathOrGlob + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new DatasetFormatException(pathOrGlob, 0, null, "no such file");
    }
    return files;
  }

  /** Whether the path or glob matches at least one file. */
  public static boolean exists(String pathOrGlob) {
    try {
      return !FileGlob.match(pathOrGlob).isEmpty();
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Opens a file for reading, transparently gunzipping it. */
  public static InputStream open(ResourceId file) throws IOException {
    InputStream raw = new BufferedInputStream(Channels.newInputStream(FileSystems.open(file)));
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)) : raw;
  }

  /** A whole file as text; bytes that are not UTF-8 fail with the file and line. */
  public static String readString(ResourceId file) {
    try (InputStream in = open(file)) {
      byte[] bytes = in.readAllBytes();
      int invalid = Utf8Text.firstInvalid(bytes, bytes.length);
      if (invalid >= 0) {
        throw new DatasetFormatException(file.toString(), Utf8Text.lineOf(bytes, invalid), null,
            Utf8Text.describe(bytes, invalid));
      }
      return Utf8Text.decode(bytes, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a JSONL file: one JSON object per non-blank line. A line that is not UTF-8 text or not a JSON
   * object fails with the file name and line number.
   */
  public static List<JsonRecord> readJsonLines(ResourceId file) {
    String name = file.toString();
    List<JsonRecord> records = new ArrayList<>();
    try (InputStream in = open(file)) {
      Utf8Lines lines = new Utf8Lines(name, in);
      String text;
      while ((text = lines.next()) != null) {
        if (text.isBlank()) {
          continue;
        }
        records.add(new JsonRecord(name, lines.number(), parseObject(name, lines.number(), text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return records;
  }

  /** Reads a file holding a single JSON object (EffiBench-X's per-problem layout). */
  public static JsonRecord readJsonObject(ResourceId file) {
    String name = file.toString();
    return new JsonRecord(name, 0, parseObject(name, 0, readString(file)));
  }

  private static ObjectNode parseObject(String file, long line, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new DatasetFormatException(
          file, line, null, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new DatasetFormatException(file, line, null, "expected a JSON object");
    }
    return (ObjectNode) node;
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
