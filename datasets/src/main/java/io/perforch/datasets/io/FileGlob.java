package io.perforch.datasets.io;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.LocalResources;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The files a path or glob names. Local paths are matched here rather than by Beam's LocalFileSystem,
 * which walks the whole tree under a missing file's parent folder (all of {@code /} for
 * {@code /missing.yaml}) and follows symlink loops: a literal path is one lookup, and a glob walks only
 * from its literal prefix folder, as deep as its pattern reaches, never round a symlink loop. Remote
 * paths ({@code gs://}) go to Beam {@link FileSystems}.
 */
public final class FileGlob {
  private static final Pattern URI = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)");
  private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[{]");

  private FileGlob() {}

  /** The regular files matching, sorted by name; empty when there are none. */
  public static List<ResourceId> match(String pathOrGlob) throws IOException {
    Matcher uri = URI.matcher(pathOrGlob);
    boolean hasScheme = uri.matches() && uri.group(2).startsWith("//");
    if (hasScheme && !uri.group(1).equalsIgnoreCase("file")) {
      return remote(pathOrGlob);
    }
    String local = pathOrGlob;
    if (uri.matches() && uri.group(1).equalsIgnoreCase("file")) {
      local = uri.group(2).startsWith("//") ? uri.group(2).substring(2) : uri.group(2);
    }
    List<Path> files = matchLocal(Path.of(local).toAbsolutePath());
    List<ResourceId> ids = new ArrayList<>();
    for (Path file : files) {
      ids.add(LocalResources.fromPath(file, false));
    }
    return ids;
  }

  private static List<Path> matchLocal(Path pattern) throws IOException {
    int firstGlob = -1;
    for (int i = 0; i < pattern.getNameCount(); i++) {
      if (GLOB_CHARS.matcher(pattern.getName(i).toString()).find()) {
        firstGlob = i;
        break;
      }
    }
    if (firstGlob < 0) {
      return Files.isRegularFile(pattern) ? List.of(pattern) : List.of();
    }
    Path base = firstGlob == 0 ? pattern.getRoot() : pattern.getRoot().resolve(pattern.subpath(0, firstGlob));
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    String rest = pattern.subpath(firstGlob, pattern.getNameCount()).toString();
    int depth = rest.contains("**") ? Integer.MAX_VALUE : pattern.getNameCount() - firstGlob;
    PathMatcher matcher = pattern.getFileSystem().getPathMatcher("glob:" + pattern);
    List<Path> found = new ArrayList<>();
    // Symlinks are followed (a glob may go through a linked folder); the walk stops at the pattern's
    // depth, and a loop met by '**' is reported to visitFileFailed and skipped.
    Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() && matcher.matches(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // a symlink loop, a dangling link or an unreadable folder
      }
    });
    found.sort((a, b) -> a.toString().compareTo(b.toString()));
    return found;
  }

  private static List<ResourceId> remote(String pathOrGlob) throws IOException {
    MatchResult result = FileSystems.match(pathOrGlob);
    if (result.status() == MatchResult.Status.NOT_FOUND) {
      return List.of();
    }
    if (result.status() != MatchResult.Status.OK) {
      throw new IOException("cannot list " + pathOrGlob + ": " + result.status());
    }
    List<ResourceId> files = new ArrayList<>();
    for (MatchResult.Metadata metadata : result.metadata()) {
      files.add(metadata.resourceId());
    }
    files.sort((a, b) -> a.toString().compareTo(b.toString()));
    return files;
  }
}
