package nl.werkmap.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/** Keeps the package arrows of ARCHITECTURE.md true: who may use whom, and no cycles between packages. */
class PackageArrowsTest {

    private static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("nl.werkmap..")
            .withOptionalLayers(true)
            .layer("domain").definedBy("nl.werkmap.domain..")
            .layer("security").definedBy("nl.werkmap.security..")
            .layer("store").definedBy("nl.werkmap.store..")
            .layer("sync").definedBy("nl.werkmap.sync..")
            .layer("report").definedBy("nl.werkmap.report..")
            .layer("hub").definedBy("nl.werkmap.hub..")
            .layer("service").definedBy("nl.werkmap.service..")
            .layer("ui").definedBy("nl.werkmap.ui..")
            .layer("app").definedBy("nl.werkmap.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("hub").mayOnlyBeAccessedByLayers("app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("sync").mayOnlyBeAccessedByLayers("hub", "service", "ui", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("sync", "report", "service", "ui", "app")
            .whereLayer("security").mayOnlyBeAccessedByLayers("store", "sync", "hub", "service", "ui", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("security", "store", "sync", "report", "hub", "service", "ui",
                    "app");

    private static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("nl.werkmap.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "org.jooq..", "com.google.gson..", "org.flywaydb..")
            .because("the domain holds the rules of the trade, free of UI, SQL and JSON");

    private static final ArchRule ONLY_UI_AND_APP_TOUCH_JAVAFX = noClasses().that().resideOutsideOfPackages(
                    "nl.werkmap.ui..", "nl.werkmap.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("headless commands and the hub must run without JavaFX");

    private static final ArchRule NO_CYCLES = slices().matching("nl.werkmap.(*)..").should().beFreeOfCycles();

    @Test
    void layersFollowTheArchitecture() {
        LAYERS.check(ShippedClasses.all());
    }

    @Test
    void domainIsPlainJava() {
        DOMAIN_IS_PLAIN_JAVA.check(ShippedClasses.all());
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        ONLY_UI_AND_APP_TOUCH_JAVAFX.check(ShippedClasses.all());
    }

    @Test
    void packagesHaveNoCycles() {
        NO_CYCLES.check(ShippedClasses.all());
    }
}
