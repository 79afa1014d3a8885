package nl.werkmap.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the package arrows of ARCHITECTURE.md true: who may use whom, and no cycles between packages. */
@AnalyzeClasses(packages = "nl.werkmap", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageArrowsTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("nl.werkmap..")
            .withOptionalLayers(true)
            .layer("domain").definedBy("nl.werkmap.domain..")
            .layer("security").definedBy("nl.werkmap.security..")
            .layer("store").definedBy("nl.werkmap.store..")
            .layer("sync").definedBy("nl.werkmap.sync..")
            .layer("report").definedBy("nl.werkmap.report..")
            .layer("hub").definedBy("nl.werkmap.hub..")
            .layer("ui").definedBy("nl.werkmap.ui..")
            .layer("app").definedBy("nl.werkmap.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("hub").mayOnlyBeAccessedByLayers("app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("sync").mayOnlyBeAccessedByLayers("hub", "ui", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("sync", "report", "ui", "app")
            .whereLayer("security").mayOnlyBeAccessedByLayers("store", "sync", "hub", "ui", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("security", "store", "sync", "report", "hub", "ui", "app");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("nl.werkmap.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "org.jooq..", "com.google.gson..", "org.flywaydb..")
            .because("the domain holds the rules of the trade, free of UI, SQL and JSON");

    @ArchTest
    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses().that().resideOutsideOfPackages(
                    "nl.werkmap.ui..", "nl.werkmap.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("headless commands and the hub must run without JavaFX");

    @ArchTest
    static final ArchRule noCycles = slices().matching("nl.werkmap.(*)..").should().beFreeOfCycles();
}
