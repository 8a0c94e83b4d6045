package io.csol.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case under {@code src/test/resources/golden/<case>/}: {@code input.yaml} plus
 * {@code case.properties} in, and either the expected {@code .java} files or {@code errors.txt}
 * out, compared exactly. {@code -Dcodegen.updateGoldens=true} rewrites the expected files
 * (and deletes the ones no longer generated) instead of comparing.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("codegen.updateGoldens");

  @TestFactory
  Stream<DynamicTest> generate_eachGoldenCase_matchesExpectedFilesExactly() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("golden cases").isNotEmpty();
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
        () -> runCase(dir)));
  }

  @Test
  void goldenDirectory_everyCase_hasInputAndProperties() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        assertThat(dir.resolve("input.yaml")).as("orphan golden case " + dir).exists();
        assertThat(dir.resolve("case.properties")).as("orphan golden case " + dir).exists();
      }
    }
  }

  static Properties props(Path dir) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve("case.properties"))) {
      p.load(r);
    }
    return p;
  }

  static Config config(Properties p) {
    return new Config(Config.target(p.getProperty("target", "sdk")),
        p.getProperty("package", "io.csol.golden"), list(p, "schemas"), list(p, "tags"),
        list(p, "collections"), list(p, "requests"),
        Boolean.parseBoolean(p.getProperty("strictDocs", "true")), "api/openapi.yaml");
  }

  private static List<String> list(Properties p, String key) {
    String v = p.getProperty(key, "").strip();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\s*,\\s*")).toList();
  }

  /** Generates one case: file name (simple) to content, or the problems as errors.txt. */
  static Map<String, String> generate(Path dir) throws IOException {
    Config config = config(props(dir));
    String yaml = Files.readString(dir.resolve("input.yaml"), StandardCharsets.UTF_8);
    Map<String, String> actual = new TreeMap<>();
    try {
      for (Map.Entry<String, String> e : Generator.parse(yaml, config).emit().entrySet()) {
        actual.put(e.getKey().substring(e.getKey().lastIndexOf('/') + 1), e.getValue());
      }
    } catch (CodegenException e) {
      actual.put("errors.txt", String.join("\n", e.problems()) + "\n");
    }
    return actual;
  }

  private static void runCase(Path dir) throws IOException {
    Map<String, String> actual = generate(dir);
    TreeSet<String> expectedNames = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".java") || n.equals("errors.txt"))
          .forEach(expectedNames::add);
    }
    if (UPDATE) {
      for (String name : expectedNames) {
        if (!actual.containsKey(name)) {
          Files.delete(dir.resolve(name));
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    List<String> failures = new ArrayList<>();
    for (String name : expectedNames) {
      if (!actual.containsKey(name)) {
        failures.add("orphan golden " + dir.resolve(name)
            + ": the generator no longer writes it (delete it or run -Dcodegen.updateGoldens=true)");
      }
    }
    for (Map.Entry<String, String> e : actual.entrySet()) {
      Path expectedFile = dir.resolve(e.getKey());
      if (!Files.exists(expectedFile)) {
        failures.add("missing golden " + expectedFile + "; generated:\n" + e.getValue());
        continue;
      }
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      if (!expected.equals(e.getValue())) {
        failures.add("golden " + expectedFile + " differs (-expected +actual):\n"
            + UnifiedDiff.diff(expected, e.getValue()));
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures)
          + "\n\nRun mvn -pl codegen test -Dcodegen.updateGoldens=true to accept the new output.");
    }
  }
}
