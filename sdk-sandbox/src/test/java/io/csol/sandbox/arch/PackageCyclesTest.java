package io.csol.sandbox.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's first-level packages ({@code access}, {@code engine}, {@code internal}, {@code junit},
 * {@code spi}, {@code tools}) have no dependency cycles: the SPI tool modules build on does not
 * reach into the internals, and the internals only implement it.
 *
 * <p>The top-level package {@code io.csol.sandbox} is not covered yet: {@code internal} uses its
 * {@code Faults} and {@code Journal}, {@code spi} and {@code access} its {@code SandboxWorld}, while it
 * wires them all up; those classes move when the sandbox is split per tool (issue 10 recipe).
 */
class PackageCyclesTest {

    private static final JavaClasses SANDBOX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.csol.sandbox");

    @Test
    void subpackages_haveNoCycles() {
        slices().matching("io.csol.sandbox.(*)..").should().beFreeOfCycles().check(SANDBOX);
    }
}
