package nl.werkmap.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: records, enums and rules that every other layer may use, depending on none of them. */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.werkmap.domain");

    @Test
    void domainUsesOnlyTheJavaStandardLibrary() {
        classes().that().resideInAPackage("nl.werkmap.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("nl.werkmap.domain..", "java..")
                .because("no JavaFX, SQL, JSON or other layer belongs in the domain")
                .check(DOMAIN);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("nl.werkmap.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }
}
