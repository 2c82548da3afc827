package io.perforch.profiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.datasets.io.AvroJson;
import io.perforch.datasets.model.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link io.perforch.profiling.io.RunLayout#MANIFEST manifest.json}: what a run was made of, so that it can be
 * reproduced and compared: the exact problems (a checksum over their content, whatever file they came
 * from), the fleet file's hash and the models used, toolchain versions, PerfOrch, Beam and runner
 * versions, every option, and the seed.
 */
public final class RunManifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final ObjectNode root = JSON.createObjectNode();

  public RunManifest(String perforchVersion, String beamVersion, String runner) {
    root.put("perforch_version", perforchVersion);
    root.put("beam_version", beamVersion);
    root.put("runner", runner);
  }

  /** The dataset as loaded: its name or path and a SHA-256 over every problem's canonical JSON, in order. */
  public RunManifest dataset(String name, String path, List<Problem> problems) {
    ObjectNode dataset = root.putObject("dataset");
    dataset.put("name", name);
    dataset.put("path", path);
    dataset.put("problems", problems.size());
    dataset.put("content_sha256", contentSha256(problems));
    return this;
  }

  public RunManifest fleet(String source, String sha256, List<String> models) {
    ObjectNode fleet = root.putObject("fleet");
    fleet.put("source", source);
    fleet.put("sha256", sha256);
    models.forEach(fleet.putArray("models")::add);
    return this;
  }

  public RunManifest toolchains(Map<String, String> versions) {
    ObjectNode toolchains = root.putObject("toolchains");
    new TreeMap<>(versions).forEach(toolchains::put);
    return this;
  }

  /** The run's options as the user gave them (after defaults), e.g. stages, languages, samples, seed. */
  public RunManifest options(Map<String, String> options) {
    ObjectNode node = root.putObject("options");
    new TreeMap<>(options).forEach(node::put);
    return this;
  }

  public RunManifest put(String key, String value) {
    root.put(key, value);
    return this;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String contentSha256(List<Problem> problems) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Problem problem : problems) {
        digest.update(AvroJson.toJson(problem).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
