package nl.werkmap.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the cheap test derivation out of everything that ships. Only this package can reach the package-private
 * factory, so importing this package covers every caller.
 */
class SecurityArchitectureTest {

    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.werkmap.security");

    @Test
    void shippedCodeNeverUsesTheWeakTestDerivation() {
        noClasses().should().callMethod(KeyDerivation.class, "weakForTests", int.class)
                .because("production keyrings must never use fewer than 600,000 PBKDF2 iterations")
                .check(SHIPPED);
    }

    @Test
    void securityDependsOnlyOnDomain() {
        noClasses().that().resideInAPackage("nl.werkmap.security..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.werkmap.store..", "nl.werkmap.sync..",
                        "nl.werkmap.ui..", "nl.werkmap.app..", "nl.werkmap.hub..", "nl.werkmap.report..")
                .check(SHIPPED);
    }
}
