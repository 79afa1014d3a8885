package nl.werkmap.domain.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.store.Samples;

/** The allow-list builder: health, BSN and contact details cannot get in; the anonymous view names nobody. */
public class WerkgeversProfielBuilderTest {

    public static final Weergave DUTCH = Weergave.of(ResourceBundle.getBundle("nl.werkmap.ui.messages",
            Locale.forLanguageTag("nl"), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @ValueSource(strings = {"zrm_geestelijke_gezondheid", "geestelijke_gezondheid", "lichamelijke_gezondheid",
            "verslaving", "gezondheid", "diagnose", "belastbaarheid", "support_needs", "bsn", "phone", "email",
            "street_address", "postcode", "birth_date", "geboortedatum", "notes", "concerns", "travel_postcode"})
    void aFieldOffTheListIsRefusedInEitherForm(String field) {
        for (DelingVorm vorm : DelingVorm.values()) {
            WerkgeversProfielBuilder b = new WerkgeversProfielBuilder(vorm);
            VeldNietToegestaan e = assertThrows(VeldNietToegestaan.class, () -> b.put(field, "2"));
            assertTrue(e.getMessage().contains("mag nooit naar een werkgever"), e.getMessage());
            assertTrue(b.build().regels().isEmpty());
        }
    }

    @Test
    void everyZrmDomainIsRefusedByItsOwnName() {
        for (ZrmDomain domain : ZrmDomain.values()) {
            for (String name : List.of(domain.name(), domain.name().toLowerCase(Locale.ROOT))) {
                assertThrows(VeldNietToegestaan.class,
                        () -> new WerkgeversProfielBuilder(DelingVorm.BENOEMD).put(name, "2"), name);
            }
        }
    }

    @Test
    void namedOnlyFieldsAreRefusedInTheAnonymousViewAndTakenInTheNamedOne() {
        for (ProfielVeld veld : ProfielVeld.values()) {
            if (veld.alleenBenoemd()) {
                assertThrows(VeldNietToegestaan.class,
                        () -> new WerkgeversProfielBuilder(DelingVorm.ANONIEM).put(veld.key(), "x"), veld.key());
                assertEquals("x", new WerkgeversProfielBuilder(DelingVorm.BENOEMD).put(veld, "x").build()
                        .waarde(veld));
            } else {
                assertEquals("x", new WerkgeversProfielBuilder(DelingVorm.ANONIEM).put(veld.key(), "x").build()
                        .waarde(veld));
            }
        }
        assertFalse(ProfielVeld.anoniem().contains(ProfielVeld.NAAM));
        assertTrue(ProfielVeld.anoniem().contains(ProfielVeld.REGIO));
    }

    @Test
    void theAnonymousViewOfAFullCandidateHoldsNothingThatIdentifiesThem() {
        Candidate sanne = Samples.candidate("Sanne de Vries", null);
        WerkgeversProfiel view = WerkgeversProfielen.maak(DelingVorm.ANONIEM, ProfielVeld.anoniem(), sanne,
                ProfielSamples.complete(sanne.id()), List.of(ProfielSamples.job(sanne.id(), "9412")), TODAY, DUTCH);
        String all = String.join("\n", view.regels().stream().map(WerkgeversProfiel.Regel::waarde).toList());
        for (String secret : List.of("Sanne", "Vries", "111222333", "Dorpsstraat", "1234 AB", "3511", "06-12345678",
                "sanne@example.nl", "2001", "17 april", "Vaste structuur", "Nauwkeurig, houdt van dieren",
                "Stage bij de kantine", "Woont bij haar zus")) {
            assertFalse(all.contains(secret), secret + " leaked into: " + all);
        }
        assertEquals("gemeente Zwolle", view.waarde(ProfielVeld.REGIO));
        assertEquals("23-27 jaar", view.waarde(ProfielVeld.LEEFTIJD));
        assertEquals("Praktijkonderwijs", view.waarde(ProfielVeld.OPLEIDINGSNIVEAU));
        assertTrue(view.waarde(ProfielVeld.BESCHIKBAARHEID).contains("12-24 uur per week"), view.regels().toString());
        assertTrue(view.waarde(ProfielVeld.REISBEREIK).contains("reist tot 30 minuten"));
        assertTrue(view.waarde(ProfielVeld.REISBEREIK).contains("geen rijbewijs"));
        assertTrue(view.waarde(ProfielVeld.ONDERSTEUNING).contains("Korte instructies"));
        assertTrue(view.waarde(ProfielVeld.WERKERVARING).contains("(2023-2024)"));
        assertNull(view.waarde(ProfielVeld.NAAM));
    }

    @Test
    void theNamedViewCarriesTheNameAndPlaceButNeverTheBsnOrStreet() {
        Candidate sanne = Samples.candidate("Sanne de Vries", null);
        WerkgeversProfiel view = WerkgeversProfielen.maak(DelingVorm.BENOEMD, EnumSet.allOf(ProfielVeld.class), sanne,
                ProfielSamples.complete(sanne.id()), List.of(), TODAY, DUTCH);
        assertEquals("Sanne de Vries", view.waarde(ProfielVeld.NAAM));
        assertEquals("Zwolle", view.waarde(ProfielVeld.WOONPLAATS));
        assertNotNull(view.waarde(ProfielVeld.TEKST_WENSEN));
        String all = view.regels().toString();
        for (String secret : List.of("111222333", "Dorpsstraat", "1234 AB", "06-12345678", "sanne@example.nl")) {
            assertFalse(all.contains(secret), secret);
        }
    }

    @Test
    void theRegionFallsBackToThePostcodeAreaAndTheAgeBandsAreWide() {
        Candidate bare = Samples.bareCandidate("Ali Kaya");
        assertNull(WerkgeversProfielen.regio(bare.personal()));
        assertEquals("jonger dan 15 jaar", LeeftijdsBand.van(LocalDate.of(2013, 1, 1), TODAY));
        assertEquals("18-22 jaar", LeeftijdsBand.van(LocalDate.of(2008, 12, 4), TODAY));
        assertEquals("15-17 jaar", LeeftijdsBand.van(LocalDate.of(2008, 12, 5), TODAY));
        assertEquals("ouder dan 67 jaar", LeeftijdsBand.van(LocalDate.of(1950, 1, 1), TODAY));
        assertNull(LeeftijdsBand.van(null, TODAY));
        var withPostcode = new nl.werkmap.domain.PersonalDetails("X", null, null, null, null, null,
                new nl.werkmap.domain.Address("Straat 1", "3511 AB", "Utrecht"), null);
        assertEquals("postcodegebied 35", WerkgeversProfielen.regio(withPostcode));
    }
}
