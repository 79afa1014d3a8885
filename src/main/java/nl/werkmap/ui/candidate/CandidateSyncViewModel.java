package nl.werkmap.ui.candidate;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.sync.candidate.CandidateSync;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.sync.candidate.OpenConflict;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * One candidate's sync state and open conflicts, read off the FX thread. The coach resolves a conflict by keeping
 * the current value (a decision that goes to the hub with the next sync, so it closes on the other devices too) or
 * by using the other one, which becomes a new edit that syncs like any save. {@code waiting} says, while there is
 * any, that such decisions have not reached the hub yet.
 */
public final class CandidateSyncViewModel {

    /** The Dutch name of each kind of row a conflict can be on. */
    private static final java.util.Map<String, String> ENTITY_KEYS = java.util.Map.ofEntries(
            java.util.Map.entry("candidate", "candidate.sync.entity.candidate"),
            java.util.Map.entry("consent", "candidate.sync.entity.consent"),
            java.util.Map.entry("plan_goal", "candidate.sync.entity.plan_goal"),
            java.util.Map.entry("plan_action", "candidate.sync.entity.plan_action"),
            java.util.Map.entry("ladder_measurement", "candidate.sync.entity.ladder_measurement"),
            java.util.Map.entry("zrm_measurement", "candidate.sync.entity.zrm_measurement"),
            java.util.Map.entry("placement", "candidate.sync.entity.placement"),
            java.util.Map.entry("employer_contact", "candidate.sync.entity.employer_contact"),
            java.util.Map.entry("loonwaarde_measurement", "candidate.sync.entity.loonwaarde_measurement"),
            java.util.Map.entry("coaching_session", "candidate.sync.entity.coaching_session"),
            java.util.Map.entry("werknemersprofiel", "candidate.sync.entity.werknemersprofiel"),
            java.util.Map.entry("werkervaring", "candidate.sync.entity.werkervaring"),
            java.util.Map.entry("baankans", "candidate.sync.entity.baankans"),
            java.util.Map.entry("profile_share", "candidate.sync.entity.profile_share"),
            java.util.Map.entry("zienswijze", "candidate.sync.entity.zienswijze"),
            java.util.Map.entry("access_log", "candidate.sync.entity.access_log"),
            java.util.Map.entry("jobcoach_form", "candidate.sync.entity.jobcoach_form"));


    /** A conflict as the screen shows it: the Dutch field name and both values in words. */
    public record Line(OpenConflict conflict, String field, String kept, String other, String origin) {
    }

    private final CandidateSync sync;
    private final UUID candidateId;
    private final Background background;
    private final Messages messages;
    private final Dates dates;
    private final Navigator navigator;
    private final ZoneId zone;
    private final SimpleObjectProperty<CandidateSyncState> state = new SimpleObjectProperty<>(
            CandidateSyncState.NOT_LINKED);
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final SimpleStringProperty waiting = new SimpleStringProperty("");
    private final ObservableList<Line> conflicts = FXCollections.observableArrayList();
    private java.util.function.Consumer<String> onUsedOther = entity -> { };

    public CandidateSyncViewModel(CandidateSync sync, UUID candidateId, Background background, Messages messages,
                                  Navigator navigator, ZoneId zone) {
        this.sync = sync;
        this.candidateId = candidateId;
        this.background = background;
        this.messages = messages;
        this.dates = new Dates(messages);
        this.navigator = navigator;
        this.zone = zone;
    }

    public ReadOnlyObjectProperty<CandidateSyncState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** A sentence about decisions not yet sent to the hub; empty when there are none. */
    public ReadOnlyStringProperty waitingProperty() {
        return waiting;
    }

    public ObservableList<Line> conflicts() {
        return conflicts;
    }

    Messages messages() {
        return messages;
    }

    /** Reads state and conflicts again (the page reloads after saves and sync rounds). */
    public void reload() {
        background.call(() -> sync.view(candidateId))
                .onSuccess(snapshot -> {
                    state.set(snapshot.state());
                    waiting.set(snapshot.unsentDecisions() == 0 ? ""
                            : messages.format("candidate.sync.decisions.waiting", snapshot.unsentDecisions()));
                    conflicts.setAll(snapshot.open().stream().map(this::line).toList());
                    error.set("");
                })
                .onError(e -> error.set(messages.format("candidate.sync.unreadable", e.getMessage())))
                .start();
    }

    /**
     * "Deze houden": the caseload keeps what it has; the conflict is marked resolved here, and the decision goes to
     * the hub with the next sync.
     */
    public void keep(Line line) {
        resolve(() -> sync.keep(line.conflict().id()), messages.format("candidate.sync.kept", line.field()));
    }

    /** Told the entity whose value changed, before the page reloads (the profile form refills for the candidate). */
    public void onUsedOther(java.util.function.Consumer<String> listener) {
        this.onUsedOther = java.util.Objects.requireNonNull(listener);
    }

    /** "Andere waarde gebruiken": the other value becomes a new edit here and goes out with the next sync. */
    public void useOther(Line line) {
        resolve(() -> sync.useOther(line.conflict().id()), messages.format("candidate.sync.usedOther", line.field()),
                () -> onUsedOther.accept(line.conflict().entity()));
    }

    private void resolve(Background.ThrowingRunnable work, String done) {
        resolve(work, done, () -> { });
    }

    private void resolve(Background.ThrowingRunnable work, String done, Runnable beforeReload) {
        background.run(work).onSuccess(nothing -> {
            beforeReload.run();
            navigator.status(done);
            navigator.caseloadChanged();
            reload();
        }).onError(e -> error.set(messages.format("candidate.sync.resolveFailed", e.getMessage()))).start();
    }

    private Line line(OpenConflict c) {
        String origin = c.otherByThisLaptop() ? messages.text("candidate.sync.origin.here")
                : "hub".equals(c.otherDevice()) ? messages.text("candidate.sync.origin.hub")
                : messages.text("candidate.sync.origin.other");
        if (c.otherWrittenAt() != null) {
            origin = messages.format("candidate.sync.origin.when", origin, dates.format(c.otherWrittenAt().atZone(zone).toLocalDateTime()));
        }
        return new Line(c, fieldLabel(c.entity(), c.field()), shown(c.keptValue()), shown(c.otherValue()), origin);
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? messages.text("candidate.sync.empty") : value;
    }

    /** The form's own label where the candidate form has one; otherwise the kind of row and the column in words. */
    String fieldLabel(String entity, String column) {
        String camel = camel(column);
        if ("candidate".equals(entity)) {
            for (String key : List.of("candidate.field." + camel, "candidate.field." + camel.replace("Address", ""))) {
                if (messages.has(key)) {
                    return messages.text(key).replace(" *", "");
                }
            }
        }
        String key = ENTITY_KEYS.get(entity);
        String kind = key != null ? messages.text(key) : entity.replace('_', ' ');
        return kind + ": " + column.replace('_', ' ');
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
