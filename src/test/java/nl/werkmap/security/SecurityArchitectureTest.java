package nl.werkmap.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps cheap test derivations out of everything that ships. Only this package can reach the package-private
 * constructor, so importing this package covers every caller.
 */
class SecurityArchitectureTest {

    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.werkmap.security");

    @Test
    void shippedCodeNeverMakesItsOwnDerivation() {
        noClasses().that().doNotBelongToAnyOf(KeyDerivation.class)
                .should().callConstructor(KeyDerivation.class, int.class, int.class)
                .because("production keyrings must never use fewer than 600,000 PBKDF2 iterations; cheap"
                        + " derivations are made by WeakKeyDerivation in src/test")
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
