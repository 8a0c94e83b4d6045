package io.csol.examples.reconciliation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * An append-only file of tab-separated rows, one per record fetched from the API.
 *
 * <p>The job appends one page at a time and makes it durable before it moves its checkpoint,
 * so after a crash {@link #openForAppend} cuts the file back to the checkpointed length and
 * nothing is stored twice or lost. Fields never contain tabs or line breaks: {@link #clean}
 * replaces them.
 */
final class SnapshotFile implements AutoCloseable {

  private final FileChannel channel;

  private SnapshotFile(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Opens the file for appending after cutting it back to {@code validBytes}; owner-only, never
   * through a link (see {@link OutputFiles}).
   */
  static SnapshotFile openForAppend(Path file, long validBytes) throws IOException {
    // a phase that starts from nothing gets a new file: whatever sits at the name (a link, a hard
    // link to someone's file) is not written
    FileChannel ch = OutputFiles.openForWriting(file, validBytes == 0);
    if (ch.size() < validBytes) {
      ch.close();
      throw new IOException(file + " is shorter (" + Files.size(file) + " bytes) than its checkpoint ("
          + validBytes + " bytes); run with --restart");
    }
    ch.truncate(validBytes);
    ch.position(validBytes);
    return new SnapshotFile(ch);
  }

  /** Appends the rows and forces them to disk; returns the new length of the file. */
  long appendDurably(List<String[]> rows) throws IOException {
    StringBuilder sb = new StringBuilder(rows.size() * 96);
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          sb.append('\t');
        }
        sb.append(clean(row[i]));
      }
      sb.append('\n');
    }
    ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    channel.force(false);
    return channel.position();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Reads every row of a finished snapshot, in file order, without loading the file whole. */
  static void forEachRow(Path file, Consumer<String[]> action) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        action.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file, e);
    }
  }

  static String clean(String value) {
    if (value == null) {
      return "";
    }
    return value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
        ? value : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
