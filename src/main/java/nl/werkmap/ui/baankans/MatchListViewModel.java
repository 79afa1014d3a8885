package nl.werkmap.ui.baankans;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.match.Reistijd;
import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.service.MatchGoalService;
import nl.werkmap.service.MatchService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Busy;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * A ranked match list, one way round: the candidates for a baankans, or the open baankansen for a candidate. The
 * ranking runs on the bulk lane (every profile is read), so the screen stays usable; a newer request replaces an
 * older one that is still running. A point that does not fit and can be coached becomes a plan goal with one click.
 */
public final class MatchListViewModel {

    private final Messages messages;
    private final Background background;
    private final Navigator navigator;
    private final MatchService matches;
    private final MatchGoalService goals;
    private final MatchTexts texts;
    private final Busy busy;
    private long request;

    final ObservableList<MatchService.Ranked> ranked = FXCollections.observableArrayList();
    final StringProperty heading = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);

    public MatchListViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                              Navigator navigator, Reistijd reistijd, Clock clock) {
        this.messages = messages;
        this.background = background;
        this.navigator = navigator;
        this.matches = new MatchService(store, reistijd);
        this.goals = new MatchGoalService(store, clock);
        this.texts = new MatchTexts(messages);
        this.busy = background.newBusy();
    }

    MatchTexts texts() {
        return texts;
    }

    javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.property();
    }

    /** The candidates for this baankans, best first. */
    void candidatesFor(UUID baankansId, String title) {
        rank(() -> matches.kandidatenFor(baankansId), messages.format("match.heading.candidates", title));
    }

    /** The open baankansen for this candidate, best first. */
    void baankansenFor(UUID candidateId, String name) {
        rank(() -> matches.baankansenFor(candidateId), messages.format("match.heading.baankansen", name));
    }

    void clear() {
        request++;
        ranked.clear();
        heading.set("");
        message.set("");
    }

    private void rank(java.util.concurrent.Callable<List<MatchService.Ranked>> work, String title) {
        long mine = ++request;
        heading.set(title);
        message.set(messages.text("match.running"));
        failed.set(false);
        background.call(work).inBulkLane().countIn(busy).onSuccess(list -> {
            if (mine != request) {
                return; // a newer list was asked for meanwhile
            }
            ranked.setAll(list);
            message.set(list.isEmpty() ? messages.text("match.none") : messages.format("match.count", list.size()));
        }).onError(e -> {
            if (mine == request) {
                failed.set(true);
                message.set(messages.format("match.failed", Background.reason(messages, e)));
            }
        }).start();
    }

    /** The goal's words: what to work on, why (the reason as shown) and for which baankans. */
    String goalText(Uitleg point, String baankansTitle) {
        return messages.format(MatchTexts.GOAL + point.criterium().name(), texts.reason(point), baankansTitle);
    }

    /** Adds the point as a goal in the candidate's plan; {@code done} gets the status line to show. */
    void makeGoal(UUID candidateId, Uitleg point, String baankansTitle, java.util.function.Consumer<String> done) {
        String words = goalText(point, baankansTitle);
        background.call(() -> goals.addGoal(candidateId, point, words)).onSuccess(goal -> {
            String text = messages.format("match.goal.added", goal.description());
            navigator.status(text);
            navigator.candidateChanged(candidateId);
            done.accept(text);
        }).onError(e -> {
            String text = e instanceof RefusedException refused && !refused.problems().isEmpty()
                    ? messages.text(refused.problems().get(0).messageKey())
                    : messages.format("tab.saveFailed", Background.reason(messages, e));
            failed.set(true);
            message.set(text);
            done.accept(text);
        }).start();
    }
}
