package io.csol.examples.reconciliation;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the reconciliation job runs, read from arguments and environment variables.
 *
 * <p>With no base URL the job starts the embedded sandbox. Against a real deployment it needs
 * {@code CSOL_BASE_URL}, {@code CSOL_CLIENT_ID} and {@code CSOL_CLIENT_SECRET}; the secret is
 * read only from the environment so that it never shows in a process list or shell history.
 */
record JobConfig(URI baseUri, String clientId, char[] clientSecret, Path outputDir, boolean restart,
                 boolean faults, long seed, int scale, int pageSize, int prefetch) {

  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: reconciliation-job [options]",
      "  --out DIR          where the report, snapshots and checkpoint go (default: reconciliation-out)",
      "  --restart          ignore a checkpoint from an earlier run and start over",
      "  --faults           embedded sandbox only: inject its soak fault mix (429, 5xx, resets)",
      "  --seed N           embedded sandbox only: data seed (default 42)",
      "  --scale N          embedded sandbox only: data size; 1 = demo, 170 = 1,000,000 statement lines",
      "  --page-size N      records per page, 1..500 (default 500)",
      "  --prefetch N       pages fetched ahead, 0..8 (default 2)",
      "  --base-url URL     a real deployment (or env CSOL_BASE_URL); then env CSOL_CLIENT_ID and",
      "                     CSOL_CLIENT_SECRET hold the machine client's credentials",
      "  --help             this text");

  JobConfig {
    Objects.requireNonNull(outputDir, "outputDir");
    if (pageSize < 1 || pageSize > 500) {
      throw new IllegalArgumentException("--page-size must be 1..500, was " + pageSize);
    }
    if (prefetch < 0 || prefetch > 8) {
      throw new IllegalArgumentException("--prefetch must be 0..8, was " + prefetch);
    }
    if (scale < 1) {
      throw new IllegalArgumentException("--scale must be >= 1, was " + scale);
    }
    if (baseUri != null && (clientId == null || clientSecret == null)) {
      throw new IllegalArgumentException(
          "a base URL needs the environment variables CSOL_CLIENT_ID and CSOL_CLIENT_SECRET");
    }
  }

  /** True when the job runs against the embedded sandbox. */
  boolean embedded() {
    return baseUri == null;
  }

  /** Parses arguments; environment variables fill in what the arguments leave out. */
  static JobConfig parse(String[] args, Map<String, String> env) {
    URI base = env.containsKey("CSOL_BASE_URL") ? URI.create(env.get("CSOL_BASE_URL")) : null;
    Path out = Path.of("reconciliation-out");
    boolean restart = false;
    boolean faults = false;
    long seed = 42;
    int scale = 1;
    int pageSize = 500;
    int prefetch = 2;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--restart" -> restart = true;
        case "--faults" -> faults = true;
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--scale" -> scale = Integer.parseInt(value(args, ++i, a));
        case "--page-size" -> pageSize = Integer.parseInt(value(args, ++i, a));
        case "--prefetch" -> prefetch = Integer.parseInt(value(args, ++i, a));
        case "--base-url" -> base = URI.create(value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown option " + a + System.lineSeparator() + USAGE);
      }
    }
    String secret = env.get("CSOL_CLIENT_SECRET");
    return new JobConfig(base, env.get("CSOL_CLIENT_ID"), secret == null ? null : secret.toCharArray(),
        out, restart, faults, seed, scale, pageSize, prefetch);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value" + System.lineSeparator() + USAGE);
    }
    return args[i];
  }

  @Override
  public String toString() {
    return "JobConfig[baseUri=" + (baseUri == null ? "embedded sandbox" : baseUri) + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret == null ? "absent" : "***") + ", out=" + outputDir + ", restart="
        + restart + ", faults=" + faults + ", seed=" + seed + ", scale=" + scale + ", pageSize=" + pageSize
        + ", prefetch=" + prefetch + "]";
  }
}
