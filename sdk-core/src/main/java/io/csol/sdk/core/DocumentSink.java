package io.csol.sdk.core;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a downloaded document or export goes: a file, written atomically, or a stream.
 *
 * <p>Every download and export method of a tool client takes one, so each operation has the same
 * two overloads ({@code op(x, sink)} and {@code op(x, sink, options)}) whatever the destination:
 * <pre>{@code
 * invoices.getInvoiceImage("9100000001", DocumentSink.toFile(Path.of("9100000001.pdf")));
 * invoices.getInvoiceImage("9100000001", DocumentSink.to(response.getOutputStream()));
 * }</pre>
 * Immutable and thread-safe (the stream itself is not: do not share one stream between calls).
 */
public final class DocumentSink {
  private final Path file;
  private final OutputStream stream;

  private DocumentSink(Path file, OutputStream stream) {
    this.file = file;
    this.stream = stream;
  }

  /**
   * Writes the document to a file atomically: a temporary file in the same directory is written,
   * its digest verified and then moved over {@code target}; on any failure no file is left.
   *
   * @param target the file to create or replace, not null
   * @return the sink
   * @throws NullPointerException if {@code target} is null
   */
  public static DocumentSink toFile(Path target) {
    return new DocumentSink(Objects.requireNonNull(target, "target must not be null"), null);
  }

  /**
   * Streams the document into {@code out}, verifying its digest at the end; {@code out} is not
   * closed. On a digest mismatch the bytes already written stay written: prefer
   * {@link #toFile(Path)} when a partial document must never be seen.
   *
   * @param out where the bytes go, not null
   * @return the sink
   * @throws NullPointerException if {@code out} is null
   */
  public static DocumentSink to(OutputStream out) {
    return new DocumentSink(null, Objects.requireNonNull(out, "out must not be null"));
  }

  /**
   * Returns the target file of a file sink.
   *
   * @return the file, or empty for a stream sink
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Returns the stream of a stream sink.
   *
   * @return the stream, or empty for a file sink
   */
  public Optional<OutputStream> stream() {
    return Optional.ofNullable(stream);
  }

  @Override
  public String toString() {
    return file != null ? "DocumentSink[file=" + file + "]" : "DocumentSink[stream]";
  }
}
