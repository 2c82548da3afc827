package io.perforch.datasets.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Downloads a dataset's pinned files into a local folder. Each file is written to a temporary name,
 * checked against its SHA-256 and only then moved into place, so an interrupted or corrupted download
 * never looks like a dataset. Files already present with the right digest are not downloaded again.
 */
public final class DatasetFetcher {
  private final HttpClient http;
  private final Consumer<String> progress;

  public DatasetFetcher(Consumer<String> progress) {
    this(HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        progress);
  }

  DatasetFetcher(HttpClient http, Consumer<String> progress) {
    this.http = http;
    this.progress = progress;
  }

  /**
   * Fetches every file of {@code info} into {@code destination}.
   *
   * @param baseUrlOverride a mirror with the same layout as the public source, or null
   */
  public void fetch(DatasetInfo info, Path destination, String baseUrlOverride) throws DatasetFetchException {
    if (!info.fetchable()) {
      throw new DatasetFetchException(info.name() + " cannot be fetched by PerfOrch. " + info.howToObtain());
    }
    String base = baseUrlOverride != null ? baseUrlOverride : info.baseUrl();
    if (!base.endsWith("/")) {
      base = base + "/";
    }
    try {
      Files.createDirectories(destination);
    } catch (IOException e) {
      throw new DatasetFetchException("cannot create " + destination + ": " + e.getMessage(), e);
    }
    for (RemoteFile file : info.files()) {
      Path target = destination.resolve(file.fileName());
      if (Files.exists(target) && file.sha256().equals(sha256(target))) {
        progress.accept("  " + file.fileName() + ": already present, checksum ok");
        continue;
      }
      download(info, URI.create(base + file.path()), file, target);
    }
  }

  private void download(DatasetInfo info, URI uri, RemoteFile file, Path target) throws DatasetFetchException {
    Path partial = target.resolveSibling(file.fileName() + ".part");
    progress.accept("  " + file.fileName() + ": downloading " + uri);
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("User-Agent", "perforch").GET().build();
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new DatasetFetchException(
            "cannot download " + info.name() + " from " + uri + ": HTTP " + response.statusCode()
                + offlineHint(info));
      }
      String actual;
      long bytes;
      try (DigestInputStream in = new DigestInputStream(response.body(), newDigest());
          OutputStream out = Files.newOutputStream(partial)) {
        bytes = in.transferTo(out);
        actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
      }
      if (!actual.equals(file.sha256())) {
        Files.deleteIfExists(partial);
        throw new DatasetFetchException(
            file.fileName() + " from " + uri + " has SHA-256 " + actual + " but " + file.sha256()
                + " is pinned: the source changed or the download was corrupted; nothing was kept");
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      progress.accept("  " + file.fileName() + ": " + bytes + " bytes, checksum ok");
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new DatasetFetchException(
          "cannot download " + info.name() + " from " + uri + ": " + describe(e) + offlineHint(info), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deleteQuietly(partial);
      throw new DatasetFetchException("interrupted while downloading " + uri, e);
    }
  }

  private static String offlineHint(DatasetInfo info) {
    return ". If you are offline but have a copy, pass it with --path DIR instead (for example "
        + "`perforch datasets show " + info.name() + " --path DIR`).";
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
      return "host not found (no network?)";
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    if (e instanceof ConnectException) {
      return "connection failed (no network?)" + (message == null ? "" : " " + message);
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  public static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      return "";
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // a leftover .part file is harmless: the next fetch overwrites it
    }
  }
}
