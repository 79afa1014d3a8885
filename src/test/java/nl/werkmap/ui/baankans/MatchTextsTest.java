package nl.werkmap.ui.baankans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.match.Criterium;
import nl.werkmap.domain.match.Fit;
import nl.werkmap.domain.match.Reisschatting;
import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.ui.common.Messages;

/** The reasons read as sentences with their facts, in Dutch and English, and say what travel was estimated from. */
class MatchTextsTest {

    private final MatchTexts nl = new MatchTexts(Messages.dutch());
    private final MatchTexts en = new MatchTexts(Messages.forLocale(Locale.ENGLISH));

    @Test
    void everyKeyHasASentenceInBothLanguages() {
        for (String key : MatchTexts.KEYS) {
            assertTrue(Messages.dutch().has(key), key);
            assertTrue(Messages.forLocale(Locale.ENGLISH).has(key), key);
        }
        for (Criterium c : Criterium.values()) {
            assertFalse(nl.criterium(c).isBlank());
        }
        assertEquals("past niet", nl.fit(Fit.PAST_NIET));
        assertEquals("does not fit", en.fit(Fit.PAST_NIET));
    }

    @Test
    void aReasonNamesItsFacts() {
        assertEquals("vraagt minstens 28 uur, kan er 24",
                nl.reason(new Uitleg(Criterium.UREN, Fit.DEELS, "match.uren.tooMany", List.of(28.0, 24.0))));
        assertEquals("kan niet op woensdag", nl.reason(new Uitleg(Criterium.BESCHIKBAARHEID, Fit.DEELS,
                "match.beschikbaarheid.someDays", List.of(List.of(DayOfWeek.WEDNESDAY)))));
        assertEquals("sector Horeca (I), wensen: Landbouw en groen (A)", nl.reason(new Uitleg(Criterium.SECTOR,
                Fit.PAST_NIET, "match.sector.notWished", List.of("I", List.of("A")))));
        assertEquals("de werkplek biedt niet: korte instructies", nl.reason(new Uitleg(Criterium.ONDERSTEUNING,
                Fit.PAST_NIET, "match.ondersteuning.notOffered", List.of(List.of(Werkgevolg.KORTE_INSTRUCTIES)))));
        assertEquals("the candidate's hours are not known yet",
                en.reason(new Uitleg(Criterium.UREN, Fit.ONBEKEND, "match.uren.unknownCandidate", List.of())),
                "an apostrophe survives the message format");
    }

    @Test
    void travelSaysWhatItWasEstimatedFrom() {
        Uitleg byPlace = new Uitleg(Criterium.REISTIJD, Fit.DEELS, "match.reistijd.tooFar",
                List.of(35, 30, new Reisschatting(35, Vervoer.OV, Reisschatting.Basis.PLAATS)));
        assertEquals("ongeveer 35 minuten met het openbaar vervoer, geschat uit de plaatsnaam (postcode onbekend);"
                + " kan 30 minuten", nl.reason(byPlace));
        Uitleg noMode = new Uitleg(Criterium.REISTIJD, Fit.PAST, "match.reistijd.fits",
                List.of(6, 30, new Reisschatting(6, null, Reisschatting.Basis.POSTCODE)));
        assertEquals("ongeveer 6 minuten met de fiets (vervoer nog niet bekend), geschat uit de postcodes"
                + " (PC4, GeoNames); kan 30 minuten", nl.reason(noMode));
        Uitleg acrossTheCountry = new Uitleg(Criterium.REISTIJD, Fit.PAST_NIET, "match.reistijd.tooFar",
                List.of(1149, 40, new Reisschatting(1149, null, Reisschatting.Basis.POSTCODE)));
        assertEquals("meer dan twee uur met de fiets (vervoer nog niet bekend), geschat uit de postcodes"
                + " (PC4, GeoNames); kan 40 minuten", nl.reason(acrossTheCountry));
        Uitleg twoHours = new Uitleg(Criterium.REISTIJD, Fit.PAST_NIET, "match.reistijd.tooFar",
                List.of(120, 40, new Reisschatting(120, Vervoer.OV, Reisschatting.Basis.POSTCODE)));
        assertTrue(nl.reason(twoHours).startsWith("ongeveer 120 minuten"), "up to two hours the minutes are told");
    }
}
