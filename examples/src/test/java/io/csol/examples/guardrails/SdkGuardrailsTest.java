package io.csol.examples.guardrails;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build-time guardrails of docs/adding-a-tool.md, checked over the compiled classes of every
 * SDK module (sdk-core, sdk-invoices, sdk-statements). This module sees them all; a new tool
 * module is added to {@link #TOOL_CLIENTS} and to this module's dependencies.
 */
class SdkGuardrailsTest {

  /** Every tool client; the coverage test maps each to the spec's tag of the same name. */
  static final List<Class<?>> TOOL_CLIENTS =
      List.of(AccessClient.class, InvoicesClient.class, StatementsClient.class);

  /**
   * Packages the module descriptors do not export to everyone (module-info is the source of
   * truth): their types are unreachable for applications, so they may use Jackson, HttpClient or
   * Resilience4j types in their signatures.
   */
  private static boolean notApi(String pkg) {
    return !SdkModuleDescriptorsTest.API_PACKAGES.contains(pkg)
        && !EXEMPT_THIRD_PARTY.containsKey(pkg);
  }

  /**
   * The one exception to "no third-party type in a public signature": sdk-jackson's
   * {@code CsolJacksonModule} is a Jackson {@code Module}, which is the point of that artifact
   * (it exists for applications that bring their own ObjectMapper). Only Jackson types, and only
   * in this package.
   */
  private static final String JACKSON_ARTIFACT_PACKAGE = "io.csol.sdk.jackson";

  /**
   * The second exception: sdk-micrometer takes the application's {@code MeterRegistry} or
   * {@code ObservationRegistry} and implements nothing else; it exists for applications that
   * already use Micrometer. Only Micrometer types, and only in this package.
   */
  private static final String MICROMETER_ARTIFACT_PACKAGE = "io.csol.sdk.micrometer";

  /**
   * The third exception: sdk-spring-boot-starter is a Spring Boot auto-configuration, whose
   * public members are bean methods Spring calls with Spring types ({@code ObjectProvider},
   * {@code SanitizingFunction}, {@code HealthIndicator}) and, for its metrics beans, the
   * application's Micrometer registries. Applications use it through {@code csol.*} properties
   * and beans, never by calling it. Only Spring and Micrometer types, and only in this package.
   */
  private static final String SPRING_ARTIFACT_PACKAGE = "io.csol.sdk.spring";

  /**
   * The extra artifacts' packages (API, exported by their own module descriptors, or for the
   * starter, which has none, its one package) and the third-party type prefixes each may name in
   * public signatures.
   */
  private static final Map<String, List<String>> EXEMPT_THIRD_PARTY = Map.of(
      JACKSON_ARTIFACT_PACKAGE, List.of("com.fasterxml.jackson."),
      MICROMETER_ARTIFACT_PACKAGE, List.of("io.micrometer."),
      SPRING_ARTIFACT_PACKAGE, List.of("org.springframework.", "io.micrometer."));

  private static final String[] TOOL_PACKAGES =
      {"io.csol.sdk.invoices..", "io.csol.sdk.statements..", "io.csol.sdk.core.access.."};

  private static final JavaClasses SDK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.csol.sdk");

  @Test
  void sdkClasses_imported_coverEveryModule() {
    // a guard that cannot see the classes would pass vacuously
    assertThat(SDK.stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
        .contains("io.csol.sdk.core", "io.csol.sdk.core.query", "io.csol.sdk.invoices",
            "io.csol.sdk.statements", JACKSON_ARTIFACT_PACKAGE, MICROMETER_ARTIFACT_PACKAGE,
            SPRING_ARTIFACT_PACKAGE);
  }

  @Test
  void publicSignatures_ofPublicTypes_useNoThirdPartyType() {
    List<String> violations = new ArrayList<>();
    for (JavaClass type : SDK) {
      if (!isPublicApi(type)) {
        continue;
      }
      type.getRawSuperclass().ifPresent(s -> check(type.getName() + " extends", s, violations));
      type.getRawInterfaces().forEach(i -> check(type.getName() + " implements", i, violations));
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (!isVisible(unit.getModifiers())) {
          continue;
        }
        String where = type.getName() + "." + unit.getName();
        unit.getReturnType().getAllInvolvedRawTypes().forEach(t -> check(where + " returns", t, violations));
        unit.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes()
            .forEach(t -> check(where + " takes", t, violations)));
        unit.getThrowsClause().getTypes().forEach(t -> check(where + " throws", t, violations));
      }
      for (JavaField field : type.getFields()) {
        if (isVisible(field.getModifiers())) {
          field.getType().getAllInvolvedRawTypes()
              .forEach(t -> check(type.getName() + "." + field.getName(), t, violations));
        }
      }
    }
    List<String> exempt = violations.stream()
        .filter(SdkGuardrailsTest::isExempt)
        .collect(Collectors.toList());
    // the exempt artifacts are still checked: each names its library, and only that one
    assertThat(exempt).as("the exempt Jackson, Micrometer and Spring artifacts are still checked")
        .contains(JACKSON_ARTIFACT_PACKAGE + ".CsolJacksonModule extends"
                + " com.fasterxml.jackson.databind.Module",
            MICROMETER_ARTIFACT_PACKAGE + ".CsolMetrics.of takes"
                + " io.micrometer.core.instrument.MeterRegistry",
            MICROMETER_ARTIFACT_PACKAGE + ".CsolObservations.of takes"
                + " io.micrometer.observation.ObservationRegistry",
            SPRING_ARTIFACT_PACKAGE + ".CsolAutoConfiguration.csolClient takes"
                + " org.springframework.beans.factory.ObjectProvider",
            SPRING_ARTIFACT_PACKAGE + ".CsolActuatorAutoConfiguration.csolSanitizingFunction"
                + " returns org.springframework.boot.actuate.endpoint.SanitizingFunction",
            SPRING_ARTIFACT_PACKAGE + ".CsolMetricsAutoConfiguration.csolMetrics takes"
                + " io.micrometer.core.instrument.MeterRegistry");
    violations.removeAll(exempt);
    assertThat(violations).as("third-party types in public signatures").isEmpty();
  }

  @Test
  void toolClients_everyOperation_hasAtMostTwoOverloads() {
    for (Class<?> client : TOOL_CLIENTS) {
      Map<String, Long> overloads = ToolClients.publicMethods(client).stream()
          .collect(Collectors.groupingBy(m -> m.getName(), TreeMap::new, Collectors.counting()));
      assertThat(overloads).as(client.getSimpleName() + " overloads per method name")
          .allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(2));
    }
  }

  @Test
  void toolClients_shape_isFinalWithStaticOfAndNoPublicConstructor() {
    for (Class<?> client : TOOL_CLIENTS) {
      assertThat(java.lang.reflect.Modifier.isFinal(client.getModifiers()))
          .as(client.getSimpleName() + " is final").isTrue();
      assertThat(client.getConstructors()).as(client.getSimpleName() + " public constructors")
          .isEmpty();
      assertThat(ToolClients.hasStaticOf(client)).as(client.getSimpleName() + ".of(CsolClient)")
          .isTrue();
    }
  }

  @Test
  void toolModules_requestBodies_goThroughToolOperationsPost() {
    // ToolOperations.post takes a Record, so a Map body cannot be written through it; building
    // an ApiRequest with body(...) by hand would bypass that
    noClasses().that().resideInAnyPackage(TOOL_PACKAGES)
        .should().callMethod(ApiRequest.Builder.class, "body", Object.class)
        .because("an action's body is a package-private <Op>Body record sent with ToolOperations.post")
        .check(SDK);
  }

  @Test
  void toolClients_composeToolOperations_withoutABaseClass() {
    for (Class<?> client : TOOL_CLIENTS) {
      assertThat(client.getSuperclass()).as(client.getSimpleName() + " superclass")
          .isEqualTo(Object.class);
      assertThat(client.getDeclaredFields()).as(client.getSimpleName() + " fields")
          .anySatisfy(f -> assertThat(f.getType()).isEqualTo(ToolOperations.class));
    }
  }

  @Test
  void sdkCore_packages_areFreeOfCycles() {
    // The root package holds both the value types every package uses (Tool, RequestOptions,
    // Money, ...) and the client facade that assembles the packages (CsolClient); they are
    // separate layers, so the facade is its own slice. Every other package is one slice.
    SliceAssignment layers = new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith("io.csol.sdk.core")) {
          return SliceIdentifier.ignore();
        }
        if (pkg.equals("io.csol.sdk.core")) {
          String outer = type.getName().replaceAll("\\$.*", "");
          // WireLogGuard is the builder's check, used by CsolClient.Builder alone
          boolean facade = outer.endsWith(".CsolClient") || outer.endsWith(".InternalHooks")
              || outer.endsWith(".WireLogGuard");
          return SliceIdentifier.of(facade ? "core (client facade)" : "core (values)");
        }
        return SliceIdentifier.of(pkg.substring("io.csol.sdk.core.".length()));
      }

      @Override
      public String getDescription() {
        return "sdk-core packages";
      }
    };
    slices().assignedFrom(layers).should().beFreeOfCycles().check(SDK);
  }

  /** A violation in an exempt artifact's package naming that artifact's own library. */
  private static boolean isExempt(String violation) {
    String where = violation.substring(0, violation.indexOf(' '));
    String named = violation.substring(violation.lastIndexOf(' ') + 1);
    return EXEMPT_THIRD_PARTY.entrySet().stream()
        .anyMatch(e -> where.startsWith(e.getKey() + ".")
            && e.getValue().stream().anyMatch(named::startsWith));
  }

  private static boolean isPublicApi(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC) || notApi(type.getPackageName())) {
      return false;
    }
    // a public nested type of a non-public type is not reachable
    return type.getEnclosingClass().map(SdkGuardrailsTest::isPublicApi).orElse(true);
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void check(String where, JavaClass type, List<String> violations) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String name = base.getName();
    if (base.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.")
        || name.startsWith("io.csol.sdk.")) {
      return;
    }
    violations.add(where + " " + name);
  }
}
