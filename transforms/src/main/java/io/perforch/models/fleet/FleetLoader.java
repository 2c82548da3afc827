package io.perforch.models.fleet;

import io.perforch.datasets.io.FileGlob;
import io.perforch.datasets.io.Utf8Text;
import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Reads a fleet file (YAML; see {@code runner-configs/models/README.md}) from any Beam FileSystems path
 * into a {@link Fleet}. The file is read as SnakeYAML nodes rather than bound to objects, so that every
 * error can name the file, the line and the field path.
 */
public final class FleetLoader {
  private static final List<String> TOP_KEYS = List.of("defaults", "models");

  private FleetLoader() {}

  /** Reads the fleet at a local path or a {@code gs://} URI. */
  public static Fleet load(String path) {
    return parse(path, read(path));
  }

  /**
   * Parses fleet YAML.
   *
   * @param source names the file in errors and becomes the fleet's source
   */
  public static Fleet parse(String source, byte[] bytes) {
    YamlValue root = new YamlValue(source, "", compose(source, bytes));
    YamlMapping top = root.mapping();
    top.allowOnly(TOP_KEYS);
    YamlMapping defaults = top.get("defaults").map(FleetLoader::defaults).orElse(null);
    List<YamlValue> entries = top.require("models", "a list of models, each with at least id and provider")
        .list();
    if (entries.isEmpty()) {
      throw top.get("models").orElseThrow().error("is empty: a fleet needs at least one model");
    }
    List<ModelSpec> models = new ArrayList<>();
    Map<String, YamlValue> idAt = new LinkedHashMap<>();
    for (YamlValue entry : entries) {
      YamlMapping fields = entry.mapping();
      ModelSpec model = new ModelReader(fields, defaults).read();
      YamlValue id = fields.get("id").orElseThrow();
      YamlValue first = idAt.putIfAbsent(model.id(), id);
      if (first != null) {
        throw id.error("duplicate id '" + model.id() + "' (lines " + first.line() + " and " + id.line() + ")");
      }
      models.add(model);
    }
    return new Fleet(source, sha256(bytes), models);
  }

  private static YamlMapping defaults(YamlValue value) {
    YamlMapping defaults = value.mapping();
    if (defaults.get("id").isPresent()) {
      throw defaults.keyError("id", "an id cannot have a default: give each model its own");
    }
    defaults.allowOnly(ModelReader.KEYS);
    return defaults;
  }

  private static Node compose(String source, byte[] bytes) {
    requireUtf8(source, bytes);
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new UnicodeReader(new ByteArrayInputStream(bytes)));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new FleetFormatException(source, mark == null ? 0 : mark.getLine() + 1, null,
          "not valid YAML: " + e.getProblem() + context, e);
    } catch (ReaderException e) {
      // a character YAML does not allow, typically a control byte of a binary file
      String text = new String(bytes, StandardCharsets.UTF_8);
      int line = 1 + (int) text.codePoints().limit(e.getPosition()).filter(c -> c == '\n').count();
      throw new FleetFormatException(source, line, null, String.format(Locale.ROOT,
          "not YAML text: character U+%04X is not allowed (is it a binary file?)", e.getCodePoint()), e);
    } catch (YAMLException e) {
      throw new FleetFormatException(source, 0, null, "not valid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      throw new FleetFormatException(source, 0, null, "is empty: a fleet file needs a 'models' list");
    }
    return root;
  }

  /** A binary file or bytes that are not UTF-8 are named by line; UTF-16 and UTF-32 files start with a BOM. */
  private static void requireUtf8(String source, byte[] bytes) {
    boolean wideBom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF));
    if (wideBom) {
      return;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new FleetFormatException(source, (int) Utf8Text.lineOf(bytes, i), null,
            "a binary file, not YAML text (a NUL byte)");
      }
    }
    int invalid = Utf8Text.firstInvalid(bytes, bytes.length);
    if (invalid >= 0) {
      throw new FleetFormatException(source, (int) Utf8Text.lineOf(bytes, invalid), null,
          Utf8Text.describe(bytes, invalid));
    }
  }

  private static byte[] read(String path) {
    try {
      List<ResourceId> files = FileGlob.match(path);
      if (files.isEmpty()) {
        throw new FleetFormatException(path, 0, null, "no such file");
      }
      if (files.size() > 1) {
        throw new FleetFormatException(path, 0, null, "matches " + files.size() + " files: give one fleet file");
      }
      try (InputStream in = Channels.newInputStream(FileSystems.open(files.get(0)))) {
        return in.readAllBytes();
      }
    } catch (FileNotFoundException missing) {
      throw new FleetFormatException(path, 0, null, "no such file");
    } catch (IOException | IllegalArgumentException e) {
      throw new FleetFormatException(path, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
