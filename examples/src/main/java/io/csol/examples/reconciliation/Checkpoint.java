package io.csol.examples.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the job stands: which phase it is in, the resume token of the last page it stored,
 * and how many bytes of that phase's snapshot file belong to stored pages.
 *
 * <p>Written atomically (temporary file, fsync, rename) after the snapshot bytes it counts are
 * on disk, so a crash at any instant leaves a checkpoint that matches a prefix of the snapshot;
 * {@link OutputFiles} keeps it owner-only and never writes or reads it through a link.
 *
 * <p>It also carries what the summary reports over the whole job, across restarts and JVMs:
 * {@code retries} (SDK retries seen by every run so far, up to this checkpoint) and
 * {@code resumes} (how often the job continued from a checkpoint). A file written before these
 * existed reads them as 0.
 */
record Checkpoint(Phase phase, String resumeToken, long snapshotBytes, long records, long retries,
                  long resumes) {

  /** The phases of a run, in order. */
  enum Phase { SUMMARIES, INVOICES, LINES, DONE }

  Checkpoint {
    Objects.requireNonNull(phase, "phase");
    if (snapshotBytes < 0 || records < 0 || retries < 0 || resumes < 0) {
      throw new IllegalArgumentException("snapshotBytes, records, retries and resumes must be >= 0");
    }
  }

  /** A checkpoint that has not counted retries or resumes yet. */
  Checkpoint(Phase phase, String resumeToken, long snapshotBytes, long records) {
    this(phase, resumeToken, snapshotBytes, records, 0, 0);
  }

  /** This checkpoint carrying the job's running totals. */
  Checkpoint withCounts(long totalRetries, long totalResumes) {
    return new Checkpoint(phase, resumeToken, snapshotBytes, records, totalRetries, totalResumes);
  }

  /** The same place in the job, whatever the counts (counts move while the job stands still). */
  boolean samePlace(Checkpoint other) {
    return phase == other.phase && Objects.equals(resumeToken, other.resumeToken)
        && snapshotBytes == other.snapshotBytes && records == other.records;
  }

  /** The checkpoint of a run that has not stored anything yet. */
  static Checkpoint start() {
    return new Checkpoint(Phase.SUMMARIES, null, 0, 0);
  }

  /** Reads the checkpoint file, or empty when there is none (a fresh run). */
  static Optional<Checkpoint> read(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      p.load(in);
    }
    try {
      String token = p.getProperty("resumeToken", "");
      return Optional.of(new Checkpoint(
          Phase.valueOf(p.getProperty("phase")),
          token.isEmpty() ? null : token,
          Long.parseLong(p.getProperty("snapshotBytes")),
          Long.parseLong(p.getProperty("records")),
          Long.parseLong(p.getProperty("retries", "0")),
          Long.parseLong(p.getProperty("resumes", "0"))));
    } catch (RuntimeException e) {
      throw new IOException("checkpoint file " + file + " is damaged; delete it or run with --restart", e);
    }
  }

  /** Replaces the checkpoint file atomically and durably. */
  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("phase", phase.name());
    p.setProperty("resumeToken", resumeToken == null ? "" : resumeToken);
    p.setProperty("snapshotBytes", Long.toString(snapshotBytes));
    p.setProperty("records", Long.toString(records));
    p.setProperty("retries", Long.toString(retries));
    p.setProperty("resumes", Long.toString(resumes));
    OutputFiles.replace(file, out -> p.store(out, "csol reconciliation checkpoint"));
  }
}
