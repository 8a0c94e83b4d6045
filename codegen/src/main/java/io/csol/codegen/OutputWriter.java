package io.csol.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes generated files into the output root so that the compiler sees real changes only:
 * unchanged files keep their time stamps, orphans are deleted, and a generated name that a
 * hand-written source root already holds fails the build.
 */
public final class OutputWriter {
  /** The fingerprint file in the output root. */
  public static final String FINGERPRINT = ".fingerprint";

  private OutputWriter() {
  }

  /**
   * Fails when a hand-written source root holds a file the generator would write.
   *
   * @param files the generated files (paths below a source root)
   * @param sourceRoots hand-written source roots, e.g. {@code src/main/java}
   * @throws CodegenException naming each clash
   */
  public static void checkClashes(Map<String, String> files, List<Path> sourceRoots) {
    List<String> clashes = new ArrayList<>();
    for (Path root : sourceRoots) {
      for (String path : files.keySet()) {
        if (Files.exists(root.resolve(path))) {
          clashes.add(root.resolve(path) + " is generated from the contract; delete the"
              + " hand-written file (a class lives in exactly one place)");
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new CodegenException(clashes);
    }
  }

  /**
   * Writes changed files, deletes orphans and records the fingerprint.
   *
   * @param root the output root
   * @param files path below the root to content
   * @param fingerprint the fingerprint to record
   * @return how many files were written (new or changed) and deleted
   */
  public static int[] write(Path root, Map<String, String> files, String fingerprint) {
    int written = 0;
    int deleted = 0;
    try {
      Files.createDirectories(root);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = root.resolve(f.getKey());
        byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        written++;
      }
      List<Path> orphans;
      try (Stream<Path> walk = Files.walk(root)) {
        orphans = walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !files.containsKey(root.relativize(p).toString().replace('\\', '/')))
            .toList();
      }
      for (Path orphan : orphans) {
        Files.delete(orphan);
        deleted++;
      }
      Files.writeString(root.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write generated sources to " + root, e);
    }
    return new int[] {written, deleted};
  }

  /**
   * Reads the recorded fingerprint.
   *
   * @param root the output root
   * @return the fingerprint, or an empty string when there is none
   */
  public static String fingerprint(Path root) {
    Path f = root.resolve(FINGERPRINT);
    try {
      return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
