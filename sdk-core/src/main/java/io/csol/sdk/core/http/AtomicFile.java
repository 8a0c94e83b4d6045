package io.csol.sdk.core.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A file written through a temporary sibling and moved into place only when complete, so readers
 * never see a half-written or unverified document. Not thread-safe; one per download.
 */
public final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean committed;

  private AtomicFile(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /**
   * Creates the temporary file next to {@code target}.
   *
   * @param target the final path, not null; its directory must exist
   * @return the handle; close it to delete the temporary file if not committed
   * @throws IOException if the temporary file cannot be created
   */
  public static AtomicFile create(Path target) throws IOException {
    Objects.requireNonNull(target, "target must not be null");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("target's directory must exist: " + dir);
    }
    // same directory so the final move is a rename on the same file system; createTempFile picks
    // an unpredictable name, creates it exclusively (never an existing file or link) and, on
    // POSIX, owner-only (0600), which the document keeps after the rename
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
    return new AtomicFile(absolute, temp);
  }

  /**
   * Opens the temporary file from the start (truncating what a failed attempt wrote).
   *
   * @return a stream the caller must close
   * @throws IOException if it cannot be opened
   */
  public OutputStream open() throws IOException {
    // never through a link someone swapped in for the temporary file since it was created
    return Files.newOutputStream(temp, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
  }

  /** @return the temporary file */
  public Path temp() {
    return temp;
  }

  /**
   * Moves the temporary file over the target, atomically where the file system allows.
   *
   * @throws IOException if the move fails
   */
  public void commit() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Deletes the temporary file unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done; the file name marks it as a leftover part file
        temp.toFile().deleteOnExit();
      }
    }
  }
}
