package io.perforch.datasets.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching files beside symlink loops. The timeouts only keep a regression from hanging the build:
 * Beam's matcher walked such loops without end.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FileGlobTest {
  @TempDir Path dir;

  @BeforeEach
  void layout() throws Exception {
    Files.createDirectories(dir.resolve("data/nested"));
    Files.writeString(dir.resolve("data/a.jsonl"), "{}\n");
    Files.writeString(dir.resolve("data/b.json"), "{}\n");
    Files.writeString(dir.resolve("data/nested/c.jsonl"), "{}\n");
    // two links back up: a walk that follows them branches twice at every level
    Files.createSymbolicLink(dir.resolve("data/nested/up"), dir);
    Files.createSymbolicLink(dir.resolve("data/nested/again"), dir);
  }

  @Test
  void aMissingLiteralPathMatchesNothing() throws Exception {
    assertThat(FileGlob.match(dir.resolve("data/missing.jsonl").toString())).isEmpty();
    assertThat(FileGlob.match(dir.resolve("no-such-folder/missing.jsonl").toString())).isEmpty();
    assertThatThrownBy(() -> DatasetFiles.match(dir.resolve("missing.yaml").toString()))
        .isInstanceOf(DatasetFormatException.class).hasMessage(dir.resolve("missing.yaml") + ": no such file");
  }

  @Test
  void aLiteralPathMatchesItselfAndAFolderIsNotAFile() throws Exception {
    assertThat(names(FileGlob.match(dir.resolve("data/a.jsonl").toString()))).containsExactly("a.jsonl");
    assertThat(names(FileGlob.match("file://" + dir.resolve("data/a.jsonl")))).containsExactly("a.jsonl");
    assertThat(FileGlob.match(dir.resolve("data").toString())).isEmpty();
  }

  @Test
  void aGlobMatchesOnlyItsOwnLevel() throws Exception {
    assertThat(names(FileGlob.match(dir.resolve("data/*.jsonl*").toString()))).containsExactly("a.jsonl");
    assertThat(names(FileGlob.match(dir.resolve("data/*/*.jsonl").toString()))).containsExactly("c.jsonl");
    assertThat(names(FileGlob.match(dir.resolve("*/*.json").toString()))).containsExactly("b.json");
  }

  @Test
  void aRecursiveGlobFindsEachFileOnceAndEndsAtTheLoop() throws Exception {
    List<ResourceId> found = DatasetFiles.match(dir.resolve("data/**.jsonl").toString());

    assertThat(found).extracting(ResourceId::toString)
        .containsExactly(dir.resolve("data/a.jsonl").toString(), dir.resolve("data/nested/c.jsonl").toString());
  }

  @Test
  void aGlobGoesThroughALinkedFolder() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("d.jsonl"), "{}\n");
    Files.createSymbolicLink(dir.resolve("data/linked"), elsewhere);

    assertThat(names(FileGlob.match(dir.resolve("data/*/d.jsonl").toString()))).containsExactly("d.jsonl");
  }

  private static List<String> names(List<ResourceId> files) {
    return files.stream().map(ResourceId::getFilename).toList();
  }
}
