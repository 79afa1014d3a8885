package nl.werkmap.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Reports use the domain and the store only: no UI, no app, no sync, no keys, no JavaFX. */
class ReportArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.werkmap.report");

    @Test
    void reportDependsOnlyOnDomainAndStore() {
        noClasses().that().resideInAPackage("nl.werkmap.report..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.werkmap.ui..", "nl.werkmap.app..",
                        "nl.werkmap.sync..", "nl.werkmap.hub..", "nl.werkmap.security..", "javafx..")
                .check(classes);
    }
}
