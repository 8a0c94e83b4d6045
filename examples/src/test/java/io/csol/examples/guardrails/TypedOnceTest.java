package io.csol.examples.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.query.BooleanField;
import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.DateTimeField;
import io.csol.sdk.core.query.EnumField;
import io.csol.sdk.core.query.Field;
import io.csol.sdk.core.query.MoneyField;
import io.csol.sdk.core.query.NumberField;
import io.csol.sdk.core.query.TextField;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "A field is typed once, in the spec": each collection field of
 * {@code components.x-csol-collections} is exactly one constant of the generated fields class
 * (name, type, sortable, list, order), and no hand-written source of an SDK tool module creates a
 * typed field itself, so a field cannot be declared a second time by hand and drift.
 */
class TypedOnceTest {

  /** The packages the tool modules generate their fields classes into. */
  private static final List<String> TOOL_PACKAGES =
      List.of("io.csol.sdk.invoices", "io.csol.sdk.statements", "io.csol.sdk.requests");

  /** A typed field made by hand: {@code TextField.<Invoice>of(}, {@code MoneyField.of(} ... */
  static final Pattern FIELD_FACTORY = Pattern.compile(
      "\\b(?:Text|Number|Money|Date|DateTime|Boolean|Enum)Field\\s*\\.\\s*(?:<[^>]*>\\s*)?of\\s*\\(");

  private static final Map<String, Class<?>> FIELD_TYPES = Map.of(
      "text", TextField.class, "number", NumberField.class, "money", MoneyField.class,
      "date", DateField.class, "date-time", DateTimeField.class, "boolean", BooleanField.class,
      "enum", EnumField.class);

  @Test
  void fieldsClasses_everyCollectionField_isOneGeneratedConstant() throws Exception {
    Map<String, Map<String, Object>> collections = collections();
    assertThat(collections).containsKeys("invoices", "statementLines", "statementSummaries");
    for (Map.Entry<String, Map<String, Object>> c : collections.entrySet()) {
      Class<?> fieldsClass = fieldsClass((String) c.getValue().get("fieldsClass"));
      assertThat(generatedSource(fieldsClass)).as(fieldsClass + " is generated").exists();
      assertThat(handWrittenSource(fieldsClass)).as(fieldsClass + " is not hand-written")
          .doesNotExist();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> declared = (List<Map<String, Object>>) c.getValue().get("fields");
      @SuppressWarnings("unchecked")
      List<Field<?>> all = (List<Field<?>>) fieldsClass.getMethod("all").invoke(null);
      assertThat(all.stream().map(Field::name).toList()).as(c.getKey() + " fields, in order")
          .isEqualTo(declared.stream().map(f -> (String) f.get("name")).toList());
      for (int i = 0; i < declared.size(); i++) {
        Map<String, Object> d = declared.get(i);
        Field<?> f = all.get(i);
        String at = c.getKey() + "." + d.get("name");
        assertThat(f).as(at + " type").isInstanceOf(FIELD_TYPES.get((String) d.get("type")));
        assertThat(f.sortable()).as(at + " sortable").isEqualTo(Boolean.TRUE.equals(d.get("sortable")));
        assertThat(f.list()).as(at + " list").isEqualTo(Boolean.TRUE.equals(d.get("list")));
        String javaName = d.get("javaName") != null ? (String) d.get("javaName")
            : upperSnake((String) d.get("name"));
        java.lang.reflect.Field constant = fieldsClass.getField(javaName);
        assertThat(Modifier.isStatic(constant.getModifiers())
            && Modifier.isFinal(constant.getModifiers())).as(at + " constant").isTrue();
        assertThat(constant.get(null)).as(at + " constant is the field all() lists").isSameAs(f);
      }
      long constants = Stream.of(fieldsClass.getFields())
          .filter(x -> Field.class.isAssignableFrom(x.getType())).count();
      assertThat(constants).as(fieldsClass + ": no field beyond the contract's").isEqualTo(all.size());
    }
  }

  @Test
  void handWrittenSources_toolModules_createNoTypedField() throws IOException {
    List<Path> roots = toolSourceRoots();
    assertThat(roots).as("tool modules' src/main/java").hasSizeGreaterThanOrEqualTo(2);
    List<String> hits = new ArrayList<>();
    for (Path root : roots) {
      hits.addAll(factoryCalls(root));
    }
    assertThat(hits).as("typed fields made by hand (declare them in x-csol-collections instead)")
        .isEmpty();
  }

  @Test
  void factoryPattern_generatedSources_findsEveryField() throws IOException {
    // Guards the grep above: the same pattern finds the generated declarations.
    Path generated = repoRoot().resolve("sdk-invoices/target/generated-sources/csol");
    assertThat(generated).isDirectory();
    assertThat(factoryCalls(generated)).hasSize(collections().get("invoices").get("fields") instanceof List<?> l
        ? l.size() : -1);
    assertThat(FIELD_FACTORY.matcher("MoneyField.<Invoice>of(\"total\", \"currency\")").find()).isTrue();
    assertThat(FIELD_FACTORY.matcher("DateField\n    .of(\"dueDate\")").find()).isTrue();
    assertThat(FIELD_FACTORY.matcher("InvoiceFields.DUE_DATE.before(day)").find()).isFalse();
  }

  private static List<String> factoryCalls(Path root) throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = FIELD_FACTORY.matcher(Files.readString(file));
        while (m.find()) {
          hits.add(repoRoot().relativize(file) + ": " + m.group());
        }
      }
    }
    return hits;
  }

  /** Every SDK module but sdk-core (which defines the factories), the sandbox and test support. */
  private static List<Path> toolSourceRoots() throws IOException {
    try (Stream<Path> dirs = Files.list(repoRoot())) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("sdk-"))
          .filter(d -> !List.of("sdk-core", "sdk-sandbox", "sdk-test-support")
              .contains(d.getFileName().toString()))
          .map(d -> d.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Class<?> fieldsClass(String simpleName) {
    for (String pkg : TOOL_PACKAGES) {
      try {
        return Class.forName(pkg + "." + simpleName);
      } catch (ClassNotFoundException e) {
        // try the next tool package
      }
    }
    throw new AssertionError("fields class " + simpleName + " not found in " + TOOL_PACKAGES);
  }

  private static Path generatedSource(Class<?> type) {
    String module = "sdk-" + type.getPackageName().substring("io.csol.sdk.".length());
    return repoRoot().resolve(module).resolve("target/generated-sources/csol")
        .resolve(type.getName().replace('.', '/') + ".java");
  }

  private static Path handWrittenSource(Class<?> type) {
    String module = "sdk-" + type.getPackageName().substring("io.csol.sdk.".length());
    return repoRoot().resolve(module).resolve("src/main/java")
        .resolve(type.getName().replace('.', '/') + ".java");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> collections() {
    OpenAPI api = new OpenAPIV3Parser().read(repoRoot().resolve("api/openapi.yaml").toString());
    return (Map<String, Map<String, Object>>) api.getComponents().getExtensions()
        .get("x-csol-collections");
  }

  static String upperSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[.-]", "_")
        .toUpperCase(java.util.Locale.ROOT);
  }

  static Path repoRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("api/openapi.yaml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("api/openapi.yaml not found above " + Path.of("").toAbsolutePath());
  }
}
