package nl.werkmap.ui.session;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.service.HoursCheckService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;

/**
 * The plausibility of the coach's day as they log: the session being typed is added to everything the coach logged
 * that week, across all clients, and what an auditor would question is shown under the form. Checked in the
 * background; an answer that arrives after a newer question is dropped.
 */
final class HoursCheckLine {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final AtomicLong asked = new AtomicLong();
    /** The coach's week read ahead with the file's write stamp then (null: none); used while the stamp holds. */
    private SheetReadAhead.Ready ahead;

    /** One line per flag; empty when the day looks fine. */
    final StringProperty text = new SimpleStringProperty("");
    /** The day runs over 16 hours and no reason is written yet: the form asks for one. */
    final BooleanProperty reasonNeeded = new SimpleBooleanProperty(false);
    /** The day runs over 16 hours at all: the reason field shows. */
    final BooleanProperty longDay = new SimpleBooleanProperty(false);

    HoursCheckLine(Messages messages, Background background, Supplier<CaseloadStore> store) {
        this.messages = messages;
        this.background = background;
        this.store = store;
    }

    void clear() {
        asked.incrementAndGet();
        text.set("");
        reasonNeeded.set(false);
        longDay.set(false);
    }

    /** The coach's week as read ahead for an opening (null: forget it): checks need no read while it holds. */
    void weekAhead(SheetReadAhead.Ready ready) {
        this.ahead = ready == null || ready.week() == null ? null : ready;
    }

    /** Checks the coach's day with {@code pending} in it; null clears. */
    void refresh(CoachingSession pending) {
        if (pending == null || pending.coachId() == null || pending.startsAt() == null) {
            clear();
            return;
        }
        long question = asked.incrementAndGet();
        SheetReadAhead.Ready week = ahead;
        if (week != null && week.validFor(week.candidateId(), week.day(), store.get()) != null) {
            // Nothing written since the week was read: the same flags as the service's read, at once (issue 13).
            List<PlausibilityFlag> flags = week.week().withPending(pending);
            if (flags != null) {
                show(flags);
                return;
            }
        }
        background.call(() -> new HoursCheckService(store).withPending(pending)).onSuccess(flags -> {
            if (asked.get() == question) {
                show(flags);
            }
        }).onError(e -> {
            if (asked.get() == question) {
                text.set(messages.format("hours.check.failed", Background.reason(messages, e)));
            }
        }).start();
    }

    private void show(List<PlausibilityFlag> flags) {
        StringBuilder lines = new StringBuilder();
        boolean over = false;
        boolean unreasoned = false;
        for (PlausibilityFlag f : flags) {
            if (f.kind() == PlausibilityFlag.Kind.DAY_OVER_MAXIMUM) {
                over = true;
                unreasoned |= !f.resolved();
            }
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(describe(messages, f));
        }
        text.set(lines.toString());
        longDay.set(over);
        reasonNeeded.set(unreasoned);
    }

    /** The flag in plain Dutch (or English), with what to do. */
    static String describe(Messages messages, PlausibilityFlag f) {
        String key = "hours.flag." + f.kind().name()
                + (f.kind() == PlausibilityFlag.Kind.DAY_OVER_MAXIMUM && f.resolved() ? ".resolved" : "");
        return messages.format(key, Text.decimal(f.hours()), DAY.format(f.day()));
    }
}
