package nl.werkmap.hub.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Fault injection lives in test code: nothing the hub and sync code ship is, or uses, a fault hook. */
class NoTestHooksShippedTest {

    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.werkmap.hub", "nl.werkmap.sync", "nl.werkmap.app");

    @Test
    void noShippedClassIsAFaultHook() {
        noClasses().should().haveSimpleNameContaining("Fault").orShould().haveSimpleNameContaining("ForTest")
                .because("test seams are constructor parameters with a no-op default; their faults live in src/test")
                .check(SHIPPED);
    }

    @Test
    void noShippedMethodIsMadeForTests() {
        // As KeyDerivation.weakForTests was: cheap or faulty variants are made by helpers in src/test.
        noMethods().should().haveNameMatching("(?i).*for_?tests?")
                .because("test seams live in src/test; shipped code offers no method meant only for tests")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.werkmap.hub", "nl.werkmap.sync", "nl.werkmap.app", "nl.werkmap.security"));
    }

    @Test
    void noShippedClassUsesTheTestFaults() {
        noClasses().should().dependOnClassesThat().haveSimpleName("HubFaults").check(SHIPPED);
    }
}
