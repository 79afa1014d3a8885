package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.RecordIds;

/**
 * The Toestemmingen part of the profile form: per AVG purpose whether consent is given and on which day it was
 * decided. A purpose nobody decided yet stays without a row; once decided, its latest row is updated in place.
 */
final class ConsentsSection {

    /** One purpose's checkbox and date. */
    static final class Row {
        final ConsentPurpose purpose;
        final BooleanProperty given = new SimpleBooleanProperty(false);
        final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
        private Consent stored;
        private boolean filling;
        /** The id a first decision on this purpose gets, fixed when the form opens: a retried save updates it. */
        private final UUID newId = RecordIds.next();

        Row(ConsentPurpose purpose) {
            this.purpose = purpose;
            // A tick is a decision made today, unless the coach fills in the day it really was decided.
            given.addListener((obs, was, now) -> {
                if (!filling) {
                    decidedOn.set(LocalDate.now());
                }
            });
        }

        private void fill(Consent consent) {
            filling = true;
            stored = consent;
            given.set(consent != null && consent.given());
            decidedOn.set(consent == null ? null : consent.decidedOn());
            filling = false;
        }

        /** The row to save, or null when nothing was decided or nothing changed. */
        private Consent changed(UUID candidateId) {
            if (stored == null) {
                return given.get() ? new Consent(newId, candidateId, purpose, true, decidedOn.get()) : null;
            }
            if (stored.given() == given.get() && Objects.equals(stored.decidedOn(), decidedOn.get())) {
                return null;
            }
            return new Consent(stored.id(), candidateId, purpose, given.get(), decidedOn.get());
        }
    }

    private final Map<ConsentPurpose, Row> rows = new EnumMap<>(ConsentPurpose.class);

    ConsentsSection() {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            rows.put(purpose, new Row(purpose));
        }
    }

    Row row(ConsentPurpose purpose) {
        return rows.get(purpose);
    }

    List<Row> rows() {
        return List.copyOf(rows.values());
    }

    /** Shows the stored decisions; the store lists them oldest first, so the latest per purpose wins. */
    void fill(List<Consent> stored) {
        Map<ConsentPurpose, Consent> latest = new EnumMap<>(ConsentPurpose.class);
        for (Consent consent : stored) {
            latest.put(consent.purpose(), consent);
        }
        for (Row row : rows.values()) {
            row.fill(latest.get(row.purpose));
        }
    }

    /** New and changed decisions, to be saved with the profile. */
    List<Consent> changes(UUID candidateId) {
        List<Consent> changes = new ArrayList<>();
        for (Row row : rows.values()) {
            Consent consent = row.changed(candidateId);
            if (consent != null) {
                changes.add(consent);
            }
        }
        return changes;
    }

    /** What the rows show, to compare for unsaved input: a tick or a day changed is input like any field. */
    List<String> shown() {
        List<String> out = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            out.add(row.purpose + ":" + row.given.get() + ":" + row.decidedOn.get());
        }
        return out;
    }

    /** The properties {@link #shown()} reads. */
    List<javafx.beans.Observable> watched() {
        List<javafx.beans.Observable> out = new ArrayList<>(rows.size() * 2);
        for (Row row : rows.values()) {
            out.add(row.given);
            out.add(row.decidedOn);
        }
        return out;
    }

    /** Throws typed decisions away: every row shows what is stored again. */
    void reset() {
        for (Row row : rows.values()) {
            row.fill(row.stored);
        }
    }

    /** After a successful save the saved rows are the stored ones. */
    void saved(List<Consent> consents) {
        for (Consent consent : consents) {
            rows.get(consent.purpose()).stored = consent;
        }
    }
}
