package nl.werkmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * Text that is compared, looked up or sent is written the same on every machine: no case change or format that
 * takes the default locale. On a laptop set to Turkish an upper-case "i" is a dotted capital (the report's ZRM
 * domains stopped matching their codes); on a hub set to Arabic or Persian a formatted number is in that script's
 * digits (its clock stamps sorted after every other). The app sets only the format locale for its own screens, so
 * the default locale is whatever the machine has. Say the locale: {@code Locale.ROOT} for codes and stamps, the
 * coach's language ({@code Messages#locale}) for what is shown.
 */
class LocaleFreeTextTest {

    private static final ArchRule NO_DEFAULT_LOCALE_CASE = noClasses()
            .should().callMethod(String.class, "toUpperCase")
            .orShould().callMethod(String.class, "toLowerCase")
            .because("String.toUpperCase() and toLowerCase() take the machine's locale: say Locale.ROOT or the"
                    + " coach's language");

    private static final ArchRule NO_DEFAULT_LOCALE_FORMAT = noClasses()
            .should().callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .because("String.format without a locale writes numbers in the machine's digits: say Locale.ROOT or the"
                    + " coach's language");

    @Test
    void noCaseChangeTakesTheDefaultLocale() {
        NO_DEFAULT_LOCALE_CASE.check(ShippedClasses.all());
    }

    @Test
    void noFormatTakesTheDefaultLocale() {
        NO_DEFAULT_LOCALE_FORMAT.check(ShippedClasses.all());
    }
}
