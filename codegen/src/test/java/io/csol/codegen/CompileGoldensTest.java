package io.csol.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the golden records, enums and requests compile against sdk-core (with lint and
 * doclint as errors), and exercises the generated request validation: its messages must be the
 * hand-written requests' messages word for word.
 */
class CompileGoldensTest {
  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> compile_goldenCasesMarkedCompile_compileWithoutWarnings() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(GoldenTest.GOLDEN)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : cases) {
      if (Boolean.parseBoolean(GoldenTest.props(dir).getProperty("compile", "false"))) {
        tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(),
            () -> compile(dir, out.resolve(dir.getFileName().toString()))));
      }
    }
    assertThat(tests).as("golden cases to compile").hasSizeGreaterThanOrEqualTo(3);
    return tests.stream();
  }

  static void compile(Path dir, Path classes) throws IOException {
    Files.createDirectories(classes);
    List<File> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("--release", "17", "-Xlint:all,-processing", "-Werror",
          "-Xdoclint:all/protected", "-classpath", classpath(), "-d", classes.toString());
      boolean ok = javac.getTask(null, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromFiles(sources)).call();
      StringBuilder report = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        report.append(d).append('\n');
      }
      assertThat(report.toString()).as("javac diagnostics of " + dir).isEmpty();
      assertThat(ok).as("javac of " + dir).isTrue();
    }
  }

  private static String classpath() {
    // surefire runs tests from a manifest-only jar; the real test classpath is in this property
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  @Test
  void generatedRequests_invalidInput_failWithTheHandWrittenMessages() throws Throwable {
    Path classes = out.resolve("requests");
    compile(GoldenTest.GOLDEN.resolve("request-constraints"), classes);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> forward = loader.loadClass("io.csol.golden.ForwardOrderRequest");
      List<String> many = new ArrayList<>();
      for (int i = 0; i < 21; i++) {
        many.add("a" + i + "@example.com");
      }
      assertThatThrownBy(() -> build(forward, "orderNumber", "1", "recipients", many))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("recipients must hold 1..20 e-mail addresses, was 21");
      assertThatThrownBy(() -> build(forward, "orderNumber", "1", "recipients", List.of()))
          .hasMessage("recipients must hold 1..20 e-mail addresses, was 0");
      assertThatThrownBy(() -> build(forward, "orderNumber", "1", "recipients",
          List.of("a@example.com", "not-an-address")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("recipients[1] must be an e-mail address such as name@example.com");
      assertThatThrownBy(() -> build(forward, "orderNumber", " ", "recipients",
          List.of("a@example.com")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("orderNumber must be a non-blank id, was blank");
      assertThatThrownBy(() -> build(forward, "orderNumber", "1", "recipients",
          List.of("a@example.com"), "message", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("message must be 1..2000 characters and not blank, was blank");
      Object ok = build(forward, "orderNumber", "1", "recipients", List.of("a@example.com"));
      assertThat(ok.toString()).isEqualTo(
          "ForwardOrderRequest[orderNumber=1, recipients=1, message=null, replyTo=null]");
      assertThat(invoke(invoke(invoke(ok, "toBuilder"), "build"), "toString"))
          .isEqualTo(ok.toString());

      Class<?> dispute = loader.loadClass("io.csol.golden.DisputeOrderRequest");
      @SuppressWarnings({"unchecked", "rawtypes"})
      Object unknown = Enum.valueOf((Class) loader.loadClass("io.csol.golden.DisputeReason"),
          "UNKNOWN");
      assertThatThrownBy(() -> build(dispute, "orderNumber", "1", "reason", unknown,
          "details", "d", "reference", "AB-1234"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("reason must be PRICE, QUANTITY, NOT_RECEIVED, DUPLICATE or OTHER, was UNKNOWN");
      assertThatThrownBy(() -> build(dispute, "orderNumber", "1", "details", "d"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("reason must not be null; accepted: PRICE, QUANTITY, NOT_RECEIVED, DUPLICATE, OTHER");
      Object reason = Enum.valueOf(unknown.getClass().asSubclass(Enum.class), "PRICE");
      assertThatThrownBy(() -> build(dispute, "orderNumber", "1", "reason", reason,
          "details", "x".repeat(2001), "reference", "AB-1234"))
          .hasMessage("details must be 1..2000 characters and not blank, was 2001");
      assertThatThrownBy(() -> build(dispute, "orderNumber", "1", "reason", reason,
          "details", "d", "reference", "ab-1234"))
          .hasMessage("reference must match ^[A-Z]{2}-[0-9]{4}$");
      Object disputed = build(dispute, "orderNumber", "1", "reason", reason, "details",
          "secret text", "reference", "AB-1234");
      assertThat(disputed.toString()).doesNotContain("secret");

      Class<?> approve = loader.loadClass("io.csol.golden.ApproveOrderRequest");
      assertThatThrownBy(() -> build(approve, "orderNumber", "1", "priority", 6))
          .hasMessage("priority must be 1..5, was 6");
      assertThatThrownBy(() -> build(approve, "orderNumber", ".", "comment", "c"))
          .hasMessage("orderNumber must not be '.' or '..'");
    }
  }

  /** Calls builder(), then each named setter, then build(); unwraps the constructor's exception. */
  private static Object build(Class<?> type, Object... namesAndValues) throws Throwable {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      for (int i = 0; i < namesAndValues.length; i += 2) {
        String name = (String) namesAndValues[i];
        Object value = namesAndValues[i + 1];
        Method setter = null;
        for (Method m : builder.getClass().getMethods()) {
          if (m.getName().equals(name) && m.getParameterCount() == 1
              && !m.getParameterTypes()[0].isArray()) {
            setter = m;
          }
        }
        assertThat(setter).as("setter " + name).isNotNull();
        setter.invoke(builder, value);
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object invoke(Object target, String method) throws Exception {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
