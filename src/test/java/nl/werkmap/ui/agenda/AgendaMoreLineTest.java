package nl.werkmap.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.ui.common.Messages;

/**
 * The line under full Agenda lists advises turning "Alle kandidaten" off only when that helps: everyone shown and
 * the coach at this laptop known. With no coach known the box is greyed out, and in the coach's own week it is off
 * already; then the line points at the werklijst alone.
 */
class AgendaMoreLineTest {

    private static final UUID COACH = UUID.randomUUID();

    @Test
    void turningEveryoneOffIsAdvisedOnlyWhereItHelps() {
        assertEquals("agenda.more", AgendaViewModel.moreKey(null, COACH), "everyone shown, coach known");
        assertEquals("agenda.more.worklist", AgendaViewModel.moreKey(null, null), "no coach known: box greyed out");
        assertEquals("agenda.more.worklist", AgendaViewModel.moreKey(COACH, COACH), "the coach's own week already");
    }

    @Test
    void theWorklistLineSaysNothingOfTheGreyedOutBoxInEitherLanguage() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nl-NL"), Locale.ENGLISH}) {
            String text = Messages.forLocale(locale).text("agenda.more.worklist");
            assertFalse(text.contains("Alle kandidaten") || text.contains("All candidates"), text);
            assertTrue(text.contains("Rapportage") || text.contains("Reports"), text);
        }
    }
}
