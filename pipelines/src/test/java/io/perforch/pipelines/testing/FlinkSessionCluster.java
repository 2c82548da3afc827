package io.perforch.pipelines.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Flink session cluster (a JobManager and a TaskManager, two JVMs) started with
 * {@code runner-configs/flink/cluster.sh} exactly as a user starts it, on a free REST port so that it
 * never meets another cluster on the machine. Its logs stay in the state folder after it stops.
 *
 * <p>Use it in try-with-resources, or start it in {@code @BeforeAll} and close it in {@code @AfterAll}:
 * {@link #close()} stops the cluster and fails if any of its JVMs is left.
 */
public final class FlinkSessionCluster implements AutoCloseable {
  private static final int START_TIMEOUT_SECONDS = 90;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int restPort;
  private final Path stateDir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private boolean closed;

  private FlinkSessionCluster(int restPort, Path stateDir) {
    this.restPort = restPort;
    this.stateDir = stateDir;
  }

  /** Starts a cluster on a free port, with its state under pipelines/target/flink-clusters/. */
  public static FlinkSessionCluster start() throws IOException, InterruptedException {
    int port = freePort();
    return start(port, ProjectLayout.buildDir("flink-clusters").resolve("port-" + port));
  }

  public static FlinkSessionCluster start(int restPort, Path stateDir) throws IOException, InterruptedException {
    Files.createDirectories(stateDir);
    FlinkSessionCluster cluster = new FlinkSessionCluster(restPort, stateDir.toRealPath());
    try {
      Script started = cluster.script("start", "--timeout", String.valueOf(START_TIMEOUT_SECONDS));
      if (started.exitCode != 0) {
        throw new IllegalStateException("cluster.sh start failed (exit " + started.exitCode + "):\n" + started.output);
      }
      return cluster;
    } catch (IOException | RuntimeException | InterruptedException e) {
      // cluster.sh cleans up after a failed start itself; this also covers a script that never returned.
      try {
        cluster.close();
      } catch (IOException | RuntimeException | InterruptedException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
  }

  public int restPort() {
    return restPort;
  }

  /** The value of Beam's {@code --flinkMaster} for this cluster. */
  public String flinkMaster() {
    return "localhost:" + restPort;
  }

  public Path stateDir() {
    return stateDir;
  }

  /** GET on the cluster's REST API, e.g. {@code rest("jobs/overview")}. */
  public JsonNode rest(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + "/" + path))
        .timeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET /" + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** The Flink version the cluster reports. */
  public String flinkVersion() throws IOException, InterruptedException {
    return rest("config").path("flink-version").asText();
  }

  /** Every job the cluster has seen, as {@code /jobs/overview} lists them (name, state, tasks). */
  public List<JsonNode> jobs() throws IOException, InterruptedException {
    List<JsonNode> jobs = new ArrayList<>();
    rest("jobs/overview").path("jobs").forEach(jobs::add);
    return jobs;
  }

  /** What {@code cluster.sh status} says, and its exit code (0 up, 3 not running). */
  public Script status() throws IOException, InterruptedException {
    return script("status");
  }

  /**
   * Live processes started for this cluster, found by the state-folder marker cluster.sh puts on both JVMs'
   * command lines, whatever the PID files say. Reads /proc (Linux, like cluster.sh): the JDK's
   * ProcessHandle.Info cuts command lines at 4 KiB and then gives no arguments at all.
   */
  public List<ProcessHandle> jvms() {
    String marker = "-Dperforch.flink.state=" + stateDir;
    return ProcessHandle.allProcesses().filter(p -> arguments(p.pid()).contains(marker)).toList();
  }

  /** The classpath both JVMs run with (the JobManager's {@code -cp}), one entry per jar. */
  public List<String> classpath() {
    ProcessHandle jobManager = jvms().stream()
        .filter(p -> arguments(p.pid()).stream().anyMatch(a -> a.endsWith("StandaloneSessionClusterEntrypoint")))
        .findFirst().orElseThrow(() -> new IllegalStateException("no JobManager running for " + stateDir));
    List<String> args = arguments(jobManager.pid());
    return List.of(args.get(args.indexOf("-cp") + 1).split(":"));
  }

  private static List<String> arguments(long pid) {
    try {
      byte[] cmdline = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
      return Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
    } catch (IOException | SecurityException gone) {
      return List.of(); // exited meanwhile, or not ours to read
    }
  }

  /** Stops the cluster; fails if cluster.sh reports an error or a JVM of this cluster is still alive. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (closed) {
      return;
    }
    closed = true;
    Script stopped = script("stop");
    List<ProcessHandle> left = jvms();
    left.forEach(ProcessHandle::destroyForcibly); // never leave a JVM behind, even when failing
    if (stopped.exitCode != 0 || !left.isEmpty()) {
      throw new IllegalStateException("cluster.sh stop (exit " + stopped.exitCode + ") left "
          + left.stream().map(ProcessHandle::pid).toList() + " running:\n" + stopped.output);
    }
  }

  /** The outcome of one cluster.sh command. */
  public record Script(int exitCode, String output) {}

  /** Runs {@code cluster.sh COMMAND --port P --state-dir D EXTRA...} for this cluster. */
  public Script script(String command, String... extra) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(command, "--port", String.valueOf(restPort),
        "--state-dir", stateDir.toString()));
    args.addAll(List.of(extra));
    return runScript(stateDir.resolve("cluster.sh-" + command + ".out"), args);
  }

  /** Runs cluster.sh with exactly these arguments; its output also goes to {@code outputFile}. */
  public static Script runScript(Path outputFile, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", ProjectLayout.flinkClusterScript().toString()));
    command.addAll(args);
    Files.createDirectories(outputFile.toAbsolutePath().getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(outputFile.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(START_TIMEOUT_SECONDS + 30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("cluster.sh " + args + " did not return; its output is in " + outputFile);
    }
    return new Script(process.exitValue(), Files.readString(outputFile, StandardCharsets.UTF_8));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on the loopback interface", e);
    }
  }
}
