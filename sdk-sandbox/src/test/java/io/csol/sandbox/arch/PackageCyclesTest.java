package io.csol.sandbox.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's packages have no dependency cycles, the top-level package {@code io.csol.sandbox}
 * included: it wires everything up ({@code SandboxServer}) and nothing below it reaches back. The
 * SPI tool modules build on does not reach into the internals, the internals only implement it
 * (and see {@code Faults}/{@code Journal} through their {@code FaultHook}/{@code CallJournal}),
 * and the tool packages ({@code tools.invoices}, {@code tools.statements}) build on the shared
 * billing world ({@code tools.billing}), never the other way round. The one request store
 * ({@code tools.requests}) builds on the billing world too, and the invoices tool and the access
 * module open requests in it.
 */
class PackageCyclesTest {

  private static final String ROOT = "io.csol.sandbox";

  private static final JavaClasses SANDBOX = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void importedClasses_coverEveryPackageTheRulesSpeakOf() {
    // a rule over classes it cannot see would pass vacuously
    assertThat(SANDBOX.stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
        .contains(ROOT, ROOT + ".spi", ROOT + ".internal", ROOT + ".engine", ROOT + ".access",
            ROOT + ".tools.billing", ROOT + ".tools.invoices", ROOT + ".tools.statements",
            ROOT + ".tools.requests");
  }

  @Test
  void firstLevelPackagesAndTheRoot_haveNoCycles() {
    slices().assignedFrom(assignment("the root package and each first-level package", pkg -> {
      if (pkg.equals(ROOT)) {
        return "(root)";
      }
      String rest = pkg.substring(ROOT.length() + 1);
      int dot = rest.indexOf('.');
      return dot < 0 ? rest : rest.substring(0, dot);
    })).should().beFreeOfCycles().check(SANDBOX);
  }

  @Test
  void everyPackage_hasNoCycles() {
    slices().assignedFrom(assignment("every package", Function.identity()))
        .should().beFreeOfCycles().check(SANDBOX);
  }

  private static SliceAssignment assignment(String description, Function<String, String> sliceOfPackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.equals(ROOT) && !pkg.startsWith(ROOT + ".")) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(sliceOfPackage.apply(pkg));
      }

      @Override
      public String getDescription() {
        return description;
      }
    };
  }
}
