package io.perforch.execution.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway uid for one run when the JVM is root.
 *
 * <p>Why not root, or a user namespace? The kernel skips RLIMIT_NPROC for processes whose real uid
 * is global root, and bwrap run by root can only map the sandbox uid onto root, so inside a user
 * namespace a fork bomb would still be unlimited (verified on this machine: 35 processes under a
 * limit of 20). A real non-root uid is counted. Each run gets its own uid from a high, unused
 * range, so concurrent runs do not share one NPROC budget and the program owns no host file
 * except its workdir, which is lent to it (chowned) for the run and given back afterwards.
 */
final class SandboxUser {

  static final int FIRST_UID = 1_500_000_000;
  private static final int RANGE = 1 << 24;
  private static final AtomicInteger NEXT = new AtomicInteger(new SecureRandom().nextInt(RANGE));

  private final int uid;

  private SandboxUser(int uid) {
    this.uid = uid;
  }

  static SandboxUser allocate() {
    return new SandboxUser(FIRST_UID + Math.floorMod(NEXT.getAndIncrement(), RANGE));
  }

  /** Used as both uid and gid. */
  int uid() {
    return uid;
  }

  static boolean jvmIsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Files naming the uid, so whoami, getpass and friends work inside. */
  record IdentityFiles(Path passwd, Path group) {}

  IdentityFiles writeIdentityFiles(Path dir) throws IOException {
    Path passwd = dir.resolve("passwd");
    Path group = dir.resolve("group");
    Files.writeString(
        passwd,
        "root:x:0:0:root:/root:/usr/sbin/nologin\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
            + "sandbox:x:" + uid + ":" + uid + ":perforch sandbox:" + BubblewrapCommand.WORK_DIR
            + ":/bin/sh\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        group, "root:x:0:\nnogroup:x:65534:\nsandbox:x:" + uid + ":\n", StandardCharsets.UTF_8);
    return new IdentityFiles(passwd, group);
  }

  /** Chowns the workdir tree to this uid until the loan is closed. */
  Loan lend(Path workDir) throws IOException {
    int ownerUid = (Integer) Files.getAttribute(workDir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    int ownerGid = (Integer) Files.getAttribute(workDir, "unix:gid", LinkOption.NOFOLLOW_LINKS);
    Loan loan = new Loan(workDir, ownerUid, ownerGid);
    try {
      chownTree(workDir, uid, uid);
    } catch (IOException | RuntimeException e) {
      loan.close(); // never leave a half-lent tree behind
      throw e;
    }
    return loan;
  }

  /** Gives the workdir (including whatever the program created) back to its owner. */
  record Loan(Path workDir, int ownerUid, int ownerGid) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      chownTree(workDir, ownerUid, ownerGid);
    }
  }

  // Never follows symlinks: the program may have planted links to host files in its workdir.
  private static void chownTree(Path root, int uid, int gid) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            chown(dir, uid, gid);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            chown(file, uid, gid);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void chown(Path path, int uid, int gid) throws IOException {
    Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
  }
}
