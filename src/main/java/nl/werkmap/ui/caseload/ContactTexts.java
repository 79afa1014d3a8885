package nl.werkmap.ui.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import nl.werkmap.ui.common.Messages;

/**
 * The last-contact column's texts ("vandaag", "5 dagen geleden", "3 weken geleden", "nooit"), each made once per
 * last-contact day for the day it is read on. A keystroke in the search box refills every visible row, and a new
 * MessageFormat per cell was a tenth of the list's layout per keystroke. FX thread only.
 */
final class ContactTexts {

    private final Messages messages;
    private final Map<LocalDate, String> texts = new HashMap<>();
    /** The day {@link #texts} were made for: "5 dagen geleden" is "6 dagen geleden" tomorrow. */
    private LocalDate madeOn;

    ContactTexts(Messages messages) {
        this.messages = messages;
    }

    String text(LocalDate lastContact, LocalDate today) {
        if (lastContact == null) {
            return messages.text("caseload.contact.never");
        }
        if (!today.equals(madeOn)) {
            texts.clear();
            madeOn = today;
        }
        return texts.computeIfAbsent(lastContact, day -> make(day, today));
    }

    private String make(LocalDate lastContact, LocalDate today) {
        long days = ChronoUnit.DAYS.between(lastContact, today);
        if (days <= 0) {
            return messages.text("caseload.contact.today");
        }
        if (days < 14) {
            return messages.format("caseload.contact.days", days);
        }
        return messages.format("caseload.contact.weeks", days / 7);
    }
}
