package nl.werkmap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every production class of Werkmap, imported once per test JVM for the architecture rules that look at them all. */
final class ShippedClasses {

    private static JavaClasses all;

    private ShippedClasses() {
    }

    static synchronized JavaClasses all() {
        if (all == null) {
            all = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("nl.werkmap");
        }
        return all;
    }
}
