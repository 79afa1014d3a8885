package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import nl.werkmap.ui.common.Messages;

/** The remembered last-contact texts equal the texts made anew each time, also after the day changed. */
class ContactTextsTest {

    private final Messages messages = Messages.dutch();

    /** The text as the list made it before it remembered texts: one MessageFormat per call. */
    private String made(LocalDate lastContact, LocalDate today) {
        if (lastContact == null) {
            return messages.text("caseload.contact.never");
        }
        long days = ChronoUnit.DAYS.between(lastContact, today);
        if (days <= 0) {
            return messages.text("caseload.contact.today");
        }
        if (days < 14) {
            return messages.format("caseload.contact.days", days);
        }
        return messages.format("caseload.contact.weeks", days / 7);
    }

    @Test
    void sameTextsAsMadeAnewAcrossDays() {
        ContactTexts texts = new ContactTexts(messages);
        LocalDate first = LocalDate.of(2026, 12, 5);
        // Two rounds per day, so the second reads remembered texts; then the next days, as when the app stays open
        // past midnight and the list is read again.
        for (int day = 0; day < 15; day++) {
            LocalDate today = first.plusDays(day);
            for (int round = 0; round < 2; round++) {
                assertEquals(made(null, today), texts.text(null, today));
                for (int back = -3; back < 400; back++) {
                    LocalDate contact = first.minusDays(back);
                    assertEquals(made(contact, today), texts.text(contact, today), contact + " on " + today);
                }
            }
        }
    }

    @Test
    void aTextChangesWithTheDay() {
        ContactTexts texts = new ContactTexts(messages);
        LocalDate contact = LocalDate.of(2026, 12, 1);
        assertEquals(messages.format("caseload.contact.days", 4L), texts.text(contact, LocalDate.of(2026, 12, 5)));
        assertEquals(messages.format("caseload.contact.days", 5L), texts.text(contact, LocalDate.of(2026, 12, 6)));
    }
}
