package io.csol.examples.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.requests.RequestsClient;
import io.csol.sdk.statements.StatementsClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK's module descriptors are the source of truth for what is API: they export the API
 * packages only (the SPI to the SDK's own modules), nothing public in an exported package
 * reaches a type outside the exported packages, and the SDK works on the module path, where
 * the shared JSON mapper and the pipeline cannot be reached.
 */
@ExtendWith(SandboxExtension.class)
class SdkModuleDescriptorsTest {

  /** The SDK's own modules, which the SPI is exported to. */
  private static final Set<String> SDK_MODULES = Set.of("io.csol.sdk.core",
      "io.csol.sdk.invoices", "io.csol.sdk.statements", "io.csol.sdk.requests",
      "io.csol.sdk.testsupport");

  /**
   * Members of API types that name an SPI type on purpose, each with its reason; any other
   * reference to a type outside the exported packages fails.
   */
  private static final Set<String> SPI_MEMBERS_OF_API_TYPES = Set.of(
      // the tool modules' query builders extend SearchRequest; an application cannot obtain an
      // ApiCaller, so it cannot subclass a search
      "io.csol.sdk.core.query.SearchRequest.<init> takes io.csol.sdk.core.spi.ApiCaller");

  static final Map<String, ModuleDescriptor> DESCRIPTORS = Map.of(
      "io.csol.sdk.core", descriptor(CsolClient.class),
      "io.csol.sdk.invoices", descriptor(InvoicesClient.class),
      "io.csol.sdk.statements", descriptor(StatementsClient.class),
      "io.csol.sdk.requests", descriptor(RequestsClient.class));

  /** Packages every module exports to everyone: the public API. */
  static final Set<String> API_PACKAGES = DESCRIPTORS.values().stream()
      .flatMap(d -> d.exports().stream()).filter(e -> !e.isQualified())
      .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));

  private static final JavaClasses SDK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.csol.sdk");

  @Test
  void descriptors_exportApiPackagesToAll_andTheSpiToSdkModulesOnly() {
    assertThat(API_PACKAGES).containsExactly("io.csol.sdk.core", "io.csol.sdk.core.access",
        "io.csol.sdk.core.changes", "io.csol.sdk.core.error", "io.csol.sdk.core.paging",
        "io.csol.sdk.core.poll", "io.csol.sdk.core.query", "io.csol.sdk.core.raw",
        "io.csol.sdk.core.requests", "io.csol.sdk.invoices", "io.csol.sdk.requests",
        "io.csol.sdk.statements");
    ModuleDescriptor core = DESCRIPTORS.get("io.csol.sdk.core");
    Map<String, Set<String>> qualified = core.exports().stream().filter(e -> e.isQualified())
        .collect(Collectors.toMap(e -> e.source(), e -> e.targets(), (a, b) -> a, TreeMap::new));
    assertThat(qualified).containsOnlyKeys("io.csol.sdk.core.spi", "io.csol.sdk.core.spi.tool",
        "io.csol.sdk.core.json");
    assertThat(qualified.values()).allSatisfy(targets -> assertThat(SDK_MODULES).containsAll(targets));
    assertThat(qualified.get("io.csol.sdk.core.json")).containsExactly("io.csol.sdk.testsupport");
    // opened to Jackson only, for the wire records
    assertThat(DESCRIPTORS.values()).allSatisfy(d -> assertThat(d.opens())
        .allSatisfy(o -> assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind")));
    assertThat(DESCRIPTORS.values()).noneMatch(ModuleDescriptor::isOpen);
  }

  @Test
  void descriptors_extraArtifacts_exportTheirOnePackageAndRequireTheirLibraryTransitively() {
    // sdk-jackson and sdk-micrometer name their library in their API on purpose (see
    // SdkGuardrailsTest): an application reading their signatures must get it through them
    Map<ModuleDescriptor, String> extras = Map.of(
        descriptor(io.csol.sdk.jackson.CsolJacksonModule.class), "com.fasterxml.jackson.databind",
        descriptor(io.csol.sdk.micrometer.CsolMetrics.class), "micrometer.core");
    extras.forEach((d, library) -> {
      assertThat(d.exports()).hasSize(1)
          .allSatisfy(e -> assertThat(e.isQualified()).isFalse());
      assertThat(d.requires()).anySatisfy(r -> {
        assertThat(r.name()).isEqualTo(library);
        assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
      });
      assertThat(d.requires()).anySatisfy(r -> assertThat(r.name()).isEqualTo("io.csol.sdk.core"));
    });
    assertThat(extras.keySet()).extracting(d -> d.exports().iterator().next().source())
        .containsExactlyInAnyOrder("io.csol.sdk.jackson", "io.csol.sdk.micrometer");
  }

  @Test
  void descriptors_leaveEveryOtherPackageOfCoreUnexported() {
    Set<String> packages = SDK.stream().map(JavaClass::getPackageName)
        .filter(p -> p.startsWith("io.csol.sdk.core")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> exported = DESCRIPTORS.get("io.csol.sdk.core").exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    packages.removeAll(exported);
    assertThat(packages).containsExactlyInAnyOrder("io.csol.sdk.core.auth",
        "io.csol.sdk.core.bridge", "io.csol.sdk.core.http", "io.csol.sdk.core.internal",
        "io.csol.sdk.core.retry");
  }

  @Test
  void publicApi_reachesOnlyJdkTypesAndExportedPackages() {
    List<String> violations = new ArrayList<>();
    for (JavaClass type : SDK) {
      violations.addAll(leaks(type, API_PACKAGES::contains));
    }
    assertThat(violations).as("every allowed SPI member still exists (else remove it)")
        .containsAll(SPI_MEMBERS_OF_API_TYPES);
    violations.removeAll(SPI_MEMBERS_OF_API_TYPES);
    assertThat(violations).as("types outside the exported packages reachable from the API")
        .isEmpty();
  }

  @Test
  void leaks_aTypeOutsideTheAllowedPackages_isReported() {
    // the check itself can fail: the fixture names Jackson, Resilience4j, the SPI and transport
    JavaClasses fixture = new ClassFileImporter().importClasses(LeakyApiFixture.class);
    List<String> found = leaks(fixture.get(LeakyApiFixture.class),
        p -> p.equals(LeakyApiFixture.class.getPackageName()));
    assertThat(found).anySatisfy(v -> assertThat(v).contains("mapper returns")
        .endsWith("com.fasterxml.jackson.databind.ObjectMapper"));
    assertThat(found).anySatisfy(v -> assertThat(v).contains("caller takes")
        .endsWith("io.csol.sdk.core.spi.ApiCaller"));
    assertThat(found).anySatisfy(v -> assertThat(v).contains("implements")
        .endsWith("io.github.resilience4j.core.IntervalBiFunction"));
    assertThat(found).anySatisfy(v -> assertThat(v).contains("list returns")
        .endsWith("io.csol.sdk.core.http.TransportConfig"));
  }

  @Test
  void pipelineOnlyMembers_areNotCallableByApplications() throws Exception {
    // the class path does not enforce module-info: these hold there too
    Class<?> csolException = Class.forName("io.csol.sdk.core.error.CsolException");
    assertThat(csolException.getDeclaredMethods()).filteredOn(m -> m.getName().equals("recordCall"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(java.lang.reflect.Modifier.isPublic(m.getModifiers())
            || java.lang.reflect.Modifier.isProtected(m.getModifiers())).isFalse());
    assertThat(java.lang.reflect.Modifier.isPublic(
        Class.forName("io.csol.sdk.core.error.ProblemMapper").getModifiers())).isFalse();
    // an application holding a Credentials cannot read the secret back
    assertThat(java.lang.reflect.Modifier.isPublic(
        Class.forName("io.csol.sdk.core.Credentials").getDeclaredMethod("secret").getModifiers()))
        .isFalse();
    // ClientAccess gives the caller and the channel (pipeline, raw exchange, prefetch pool) only:
    // no path from a client to its configuration/credentials
    assertThat(Class.forName("io.csol.sdk.core.internal.ClientAccess").getMethods())
        .filteredOn(m -> m.getDeclaringClass().getName().endsWith("ClientAccess"))
        .allSatisfy(m -> assertThat(m.getReturnType().getName())
            .isIn("void", "io.csol.sdk.core.spi.ApiCaller", "io.csol.sdk.core.internal.ClientChannel"));
    assertThat(Class.forName("io.csol.sdk.core.internal.ClientChannel").getMethods())
        .allSatisfy(m -> assertThat(m.getReturnType().getName()).isIn(
            "io.csol.sdk.core.spi.ApiCaller", "io.csol.sdk.core.internal.RawExchange",
            "java.util.concurrent.Executor"));
    assertThat(CsolClient.class.getMethods()).noneSatisfy(m -> assertThat(m.getReturnType().getName())
        .startsWith("io.csol.sdk.core.internal"));
  }

  @Test
  void modulePath_sdkWorksAndHidesTheMapperAndThePipeline(SandboxServer server) throws Exception {
    ModuleLayer layer = sdkLayer();
    Module core = layer.findModule("io.csol.sdk.core").orElseThrow();
    Module invoices = layer.findModule("io.csol.sdk.invoices").orElseThrow();
    assertThat(core.isExported("io.csol.sdk.core.json")).isFalse();
    assertThat(core.isExported("io.csol.sdk.core.internal")).isFalse();
    assertThat(core.isExported("io.csol.sdk.core.spi")).isFalse();
    assertThat(core.isExported("io.csol.sdk.core.spi", invoices)).isTrue();

    ClassLoader loader = layer.findLoader("io.csol.sdk.core");
    Method mapper = loader.loadClass("io.csol.sdk.core.json.Json").getMethod("mapper");
    assertThatThrownBy(() -> mapper.invoke(null)).isInstanceOf(IllegalAccessException.class);
    Method caller = loader.loadClass("io.csol.sdk.core.spi.tool.ToolOperations")
        .getMethod("caller", loader.loadClass("io.csol.sdk.core.CsolClient"));
    assertThatThrownBy(() -> caller.invoke(null, (Object) null))
        .isInstanceOf(IllegalAccessException.class);

    // a real search and a 404 through the module-path SDK: Jackson reads the records and the
    // problem body through the descriptors' opens
    Class<?> csolType = loader.loadClass("io.csol.sdk.core.CsolClient");
    Class<?> credentialsType = loader.loadClass("io.csol.sdk.core.Credentials");
    String secret = server.world().client("recon-job").orElseThrow().secret();
    Object credentials = credentialsType.getMethod("clientCredentials", String.class, char[].class)
        .invoke(null, "recon-job", secret.toCharArray());
    Object builder = csolType.getMethod("builder").invoke(null);
    builder.getClass().getMethod("baseUri", URI.class).invoke(builder, server.baseUri());
    builder.getClass().getMethod("credentials", credentialsType).invoke(builder, credentials);
    try (AutoCloseable csol = (AutoCloseable) builder.getClass().getMethod("build").invoke(builder)) {
      Class<?> clientType = layer.findLoader("io.csol.sdk.invoices")
          .loadClass("io.csol.sdk.invoices.InvoicesClient");
      Object client = clientType.getMethod("of", csolType).invoke(null, csol);
      Object query = clientType.getMethod("listInvoices").invoke(client);
      List<?> found;
      try (Stream<?> stream = (Stream<?>) query.getClass().getMethod("stream").invoke(query)) {
        found = stream.limit(2).collect(Collectors.toList());
      }
      assertThat(found).hasSize(2);
      Object first = found.get(0);
      assertThat(first.getClass().getModule()).isEqualTo(invoices);
      Object number = first.getClass().getMethod("number").invoke(first);
      Object again = clientType.getMethod("getInvoice", String.class).invoke(client, number);
      assertThat(again.getClass().getMethod("number").invoke(again)).isEqualTo(number);

      // the changes feed's wire records are package-private in spi.tool: opened to Jackson too
      Class<?> syncToken = loader.loadClass("io.csol.sdk.core.changes.SyncToken");
      Object feed = clientType.getMethod("listInvoiceChanges", syncToken).invoke(client, (Object) null);
      Object batch = feed.getClass().getMethod("fetch").invoke(feed);
      assertThat((List<?>) batch.getClass().getMethod("changes").invoke(batch)).isNotEmpty();

      Method get = clientType.getMethod("getInvoice", String.class);
      assertThatThrownBy(() -> invokeUnwrapped(get, client, "9199999999"))
          .satisfies(e -> assertThat(e.getClass().getName())
              .isEqualTo("io.csol.sdk.core.error.NotFoundException"));
    }
  }

  /** Every type named by a public or protected member of a public API type, outside allowed. */
  static List<String> leaks(JavaClass type, Predicate<String> allowedPackage) {
    List<String> violations = new ArrayList<>();
    if (!isReachable(type, allowedPackage)) {
      return violations;
    }
    String name = type.getName();
    type.getSuperclass().ifPresent(s -> check(name + " extends", s, allowedPackage, violations));
    type.getInterfaces().forEach(i -> check(name + " implements", i, allowedPackage, violations));
    type.getTypeParameters().forEach(p -> check(name + " type parameter", p, allowedPackage, violations));
    for (JavaCodeUnit unit : type.getCodeUnits()) {
      if (!isVisible(unit.getModifiers()) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
        continue;
      }
      String where = name + "." + unit.getName();
      check(where + " returns", unit.getReturnType(), allowedPackage, violations);
      unit.getParameterTypes().forEach(p -> check(where + " takes", p, allowedPackage, violations));
      unit.getThrowsClause().getTypes().forEach(t -> check(where + " throws", t, allowedPackage, violations));
      unit.getTypeParameters().forEach(p -> check(where + " type parameter", p, allowedPackage, violations));
    }
    for (JavaField field : type.getFields()) {
      if (isVisible(field.getModifiers())) {
        check(name + "." + field.getName(), field.getType(), allowedPackage, violations);
      }
    }
    return violations;
  }

  private static boolean isReachable(JavaClass type, Predicate<String> allowedPackage) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC) || !allowedPackage.test(type.getPackageName())) {
      return false;
    }
    // a public nested type of a non-public type is not reachable
    return type.getEnclosingClass().map(outer -> isReachable(outer, allowedPackage)).orElse(true);
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void check(String where, JavaType type, Predicate<String> allowedPackage,
      List<String> violations) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
      String pkg = base.getPackageName();
      if (base.isPrimitive() || pkg.startsWith("java.") || pkg.startsWith("javax.")
          || allowedPackage.test(pkg)) {
        continue;
      }
      violations.add(where + " " + base.getName());
    }
  }

  private static ModuleDescriptor descriptor(Class<?> anyType) {
    Path location = location(anyType);
    try {
      if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (JarFile jar = new JarFile(location.toFile());
          InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The SDK's modules and their runtime dependencies (found where this test's class path has
   * them) in a layer of their own, as an application on the module path sees them.
   */
  private static ModuleLayer sdkLayer() throws ClassNotFoundException {
    List<String> anchors = List.of("io.csol.sdk.core.CsolClient", "io.csol.sdk.invoices.InvoicesClient",
        "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
        "com.fasterxml.jackson.annotation.JsonProperty",
        "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
        "org.apache.hc.client5.http.impl.classic.CloseableHttpClient",
        "org.apache.hc.core5.http.HttpHost", "org.apache.hc.core5.http2.HttpVersionPolicy",
        "org.slf4j.Logger", "org.slf4j.simple.SimpleLogger", "io.github.resilience4j.core.IntervalBiFunction",
        "io.github.resilience4j.circuitbreaker.CircuitBreaker");
    Collection<Path> paths = new ArrayList<>();
    for (String anchor : anchors) {
      Path path = location(Class.forName(anchor));
      if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    Configuration config = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.csol.sdk.invoices"));
    return ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
  }

  private static Object invokeUnwrapped(Method method, Object target, Object... args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
