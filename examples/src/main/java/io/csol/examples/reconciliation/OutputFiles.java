package io.csol.examples.reconciliation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * How the job writes its files, which hold customer numbers and balances: only the owner may
 * read them (folder 0700, files 0600 where the file system has POSIX permissions), nothing is
 * written through a symbolic link, and a file is replaced by writing an exclusively created
 * temporary file with an unpredictable name next to it and renaming it into place.
 *
 * <p>Why: with fixed temporary names or plain {@code CREATE, WRITE}, anyone who can write to
 * the folder (a shared {@code /tmp}, a folder created 0755 by an earlier version) can plant a
 * link there and have the job overwrite a file of their choice with the job owner's rights.
 */
final class OutputFiles {

  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  /** Writes the content of a file; may throw what writing throws. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {
  }

  /**
   * Creates the output folder (owner-only) or, when it exists, narrows it to owner-only.
   *
   * @return the folder
   * @throws IOException if it cannot be created, is not a folder, or its permissions cannot be set
   */
  static Path directory(Path dir) throws IOException {
    if (posix(dir)) {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
      }
      Files.setPosixFilePermissions(dir, OWNER_DIR);
      return dir;
    }
    return Files.createDirectories(dir);
  }

  /**
   * Replaces {@code target} atomically and durably: the content goes to a new temporary file in
   * the same folder (created exclusively, owner-only), is forced to disk, then renamed over the target.
   *
   * @throws IOException if {@code target} is a symbolic link or writing fails
   */
  static void replace(Path target, Content content) throws IOException {
    refuseLink(target);
    Path dir = target.toAbsolutePath().getParent();
    // createTempFile creates with CREATE_NEW (never an existing file or link), a random name and, on POSIX, 0600
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        OutputStream out = Channels.newOutputStream(ch);
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      // a rename replaces a link planted at the target itself; it never writes through it
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Opens a file for writing without following links: a new file is created owner-only, an
   * existing one is narrowed to owner-only. With {@code fresh}, an existing file is removed first
   * and the file is created exclusively, so a planted hard link is not written either.
   *
   * @throws IOException if {@code file} is a symbolic link or cannot be opened
   */
  static FileChannel openForWriting(Path file, boolean fresh) throws IOException {
    refuseLink(file);
    boolean posix = posix(file);
    FileAttribute<?>[] attrs = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0];
    if (fresh) {
      Files.deleteIfExists(file); // removes the name only; never the file a link points to
      Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      try {
        return FileChannel.open(file, options, attrs);
      } catch (FileAlreadyExistsException e) {
        throw new IOException(file + " was created by someone else while the job was replacing it", e);
      }
    }
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
    FileChannel ch = FileChannel.open(file, options, attrs);
    if (posix) {
      try {
        Files.setPosixFilePermissions(file, OWNER_FILE); // files written by an earlier version were 0644
      } catch (IOException e) {
        ch.close();
        throw e;
      }
    }
    return ch;
  }

  private static void refuseLink(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new IOException("refusing to write " + file + ": it is a symbolic link; remove it or choose another --out");
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
