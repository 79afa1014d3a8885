package nl.werkmap.ui.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.store.CaseloadStore;

/**
 * Who works on this laptop, shared by every screen that defaults to "mijn kandidaten" and by the session flow that
 * logs a session in that coach's name. Read after unlock; on an unlinked laptop the coach picks themself once
 * ("Wie ben je?") from the coaches in the caseload or types a new name, and can change it in Instellingen.
 */
public final class CurrentCoachModel {

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;

    /** The coach working here; null while unknown. */
    public final ObjectProperty<Coach> coach = new SimpleObjectProperty<>();
    /** True once read: an unknown coach is asked for only after reading says so. */
    public final BooleanProperty loaded = new SimpleBooleanProperty(false);
    /** Linked to the hub: the hub decides, the laptop does not ask. */
    public final BooleanProperty fromEnrolment = new SimpleBooleanProperty(false);
    public final ObservableList<Coach> coaches = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");

    public CurrentCoachModel(Messages messages, Background background, Supplier<CaseloadStore> store) {
        this.messages = messages;
        this.background = background;
        this.store = store;
    }

    private record Read(Optional<UUID> id, boolean enrolled, List<Coach> coaches) {
    }

    public void reload() {
        background.call(() -> {
            CaseloadStore s = store.get();
            return new Read(s.currentCoach().get(), s.currentCoach().fromEnrolment(), s.coaches().all());
        }).onSuccess(read -> {
            if (!coaches.equals(read.coaches())) {
                coaches.setAll(read.coaches());
            }
            fromEnrolment.set(read.enrolled());
            Coach now = read.id().flatMap(id -> read.coaches().stream().filter(c -> c.id().equals(id)).findFirst())
                    .orElse(null);
            // The same coach read again is no change: screens that follow the coach need not read again.
            if (!java.util.Objects.equals(now, coach.get())) {
                coach.set(now);
            }
            loaded.set(true);
        }).onError(e -> message.set(messages.format("coach.current.loadFailed", String.valueOf(e.getMessage()))))
                .start();
    }

    /** The id of the coach working here, or null. */
    public UUID id() {
        return coach.get() == null ? null : coach.get().id();
    }

    /**
     * Remembers the choice: an existing coach, or a new name (saved as a jobcoach, change-logged like any coach).
     *
     * @param then run on the FX thread after saving (e.g. lists read again)
     */
    public void choose(Coach existing, String newName, Runnable then) {
        String name = newName == null ? "" : newName.strip();
        if (existing == null && name.isEmpty()) {
            message.set(messages.text("coach.current.pickFirst"));
            return;
        }
        Coach chosen = existing != null ? existing : new Coach(UUID.randomUUID(), name, CoachRole.JOBCOACH, null, null);
        background.run(() -> {
            CaseloadStore s = store.get();
            if (existing == null) {
                s.coaches().save(chosen);
            }
            s.currentCoach().choose(chosen.id(), Instant.now());
        }).onSuccess(v -> {
            message.set("");
            if (!coaches.contains(chosen)) {
                coaches.add(chosen);
            }
            coach.set(chosen);
            then.run();
        }).onError(e -> message.set(messages.format("coach.current.saveFailed", String.valueOf(e.getMessage()))))
                .start();
    }
}
