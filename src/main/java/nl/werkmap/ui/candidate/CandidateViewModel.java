package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.rules.CandidateFacts;
import nl.werkmap.domain.rules.Completeness;
import nl.werkmap.domain.rules.CompletenessReport;
import nl.werkmap.domain.rules.MissingItem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.StampedFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * One candidate's screen: loads the whole file in the background and hands it to the tabs. The header shows who
 * it is, the status and what is still missing.
 */
public final class CandidateViewModel {

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    /** Null while the page is a spare made ahead (see {@link CandidatePage#spare}); set once, then fixed. */
    private UUID candidateId;

    final ObjectProperty<CandidateFile> file = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty statusText = new SimpleStringProperty("");
    final StringProperty completeness = new SimpleStringProperty("");
    final ObservableList<String> missing = FXCollections.observableArrayList();
    final StringProperty loadError = new SimpleStringProperty("");
    final ObservableList<Coach> coaches = FXCollections.observableArrayList();
    /** The last delete on this screen, undoable until the next one: "Sessie van 03-12-2026 verwijderd." */
    final StringProperty undoText = new SimpleStringProperty("");
    private TabViewModel.StoreWork undoWork;
    /** The file as last read with its parts' stamps, for {@link #refreshAfterSave}; written on the worker. */
    private volatile StampedFile lastRead;
    /** The coaches as last read in full, for {@link #refreshAfterSave}; written on the worker. */
    private volatile List<Coach> coachesRead;

    public CandidateViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                              Navigator navigator, UUID candidateId) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.candidateId = candidateId;
    }

    public UUID candidateId() {
        return candidateId;
    }

    /**
     * Gives a spare screen its candidate. Once only: the tabs' models hold this candidate's unsaved input, so a
     * screen never changes candidate after that.
     */
    void assign(UUID id) {
        if (candidateId != null) {
            throw new IllegalStateException("candidate screen already belongs to " + candidateId);
        }
        candidateId = java.util.Objects.requireNonNull(id);
    }

    /** Reads the whole file (opening, after a sync round or a conflict resolved). */
    public void reload() {
        background.call(() -> {
            CaseloadStore s = store.get();
            StampedFile loaded = s.candidateFiles().loadStamped(candidateId).orElseThrow(
                    () -> new IllegalStateException(messages.text("candidate.notFound")));
            lastRead = loaded;
            List<Coach> coachList = s.coaches().all();
            coachesRead = coachList;
            return new Loaded(loaded.file(), coachList);
        })
                .onSuccess(this::show)
                .onError(e -> loadError.set(messages.format("candidate.loadFailed", String.valueOf(e.getMessage()))))
                .start();
    }

    /**
     * After a save on this device: reads again only what the save changed (see CandidateFileQuery#refresh), not
     * the whole file with every session's notes opened. The page then equals a fresh open; parts left unchanged are
     * the same lists, so the tabs showing them are not filled again. Before the first read it is a whole read.
     */
    public void refreshAfterSave() {
        if (lastRead == null) {
            reload();
            return;
        }
        background.call(() -> {
            CaseloadStore s = store.get();
            // Read on the worker, so a refresh queued behind another read starts from that read's result.
            StampedFile before = lastRead;
            StampedFile now = (before == null ? s.candidateFiles().loadStamped(candidateId)
                    : s.candidateFiles().refresh(before)).orElseThrow(
                    () -> new IllegalStateException(messages.text("candidate.notFound")));
            lastRead = now;
            return new Loaded(now.file(), coachesAfterSave(s));
        })
                .onSuccess(this::show)
                .onError(e -> loadError.set(messages.format("candidate.loadFailed", String.valueOf(e.getMessage()))))
                .start();
    }

    /**
     * The coaches for the coach box after a save: the ones read last when as many are live now (a count), read
     * anew when one was added ("Wie ben je?") or removed meanwhile. Other changes to coaches come with a sync round,
     * after which the candidate shown reads its whole file and the coaches again ({@link #reload}), as any other
     * does when it is opened again; a save is always on the candidate shown.
     */
    private List<Coach> coachesAfterSave(CaseloadStore s) {
        List<Coach> known = coachesRead;
        if (known != null && s.coaches().countLive() == known.size()) {
            return known;
        }
        List<Coach> coachList = s.coaches().all();
        coachesRead = coachList;
        return coachList;
    }

    private record Loaded(CandidateFile file, List<Coach> coaches) {
    }

    private void show(Loaded result) {
        CandidateFile loaded = result.file();
        // Unchanged coaches leave the list alone: a new list makes the coach box measure every name again.
        if (!coaches.equals(result.coaches())) {
            coaches.setAll(result.coaches());
        }
        loadError.set("");
        file.set(loaded);
        var c = loaded.candidate();
        name.set(c.personal().preferredName() != null
                ? c.personal().preferredName() + " (" + c.personal().fullName() + ")"
                : String.valueOf(c.personal().fullName()));
        statusText.set(messages.enumText(c.status()));
        CompletenessReport report = Completeness.assess(c, facts(loaded), LocalDate.now());
        completeness.set(messages.format("candidate.header.completeness", report.score()));
        List<String> texts = new ArrayList<>();
        for (MissingItem item : report.missing()) {
            texts.add(messages.text(item.messageKey()));
        }
        // The same items leave the header alone: setAll would rebuild its badges, and the new labels be styled, laid
        // out and the page painted once more after every save that did not change what is missing (issue 13).
        if (!missing.equals(texts)) {
            missing.setAll(texts);
        }
    }

    static CandidateFacts facts(CandidateFile f) {
        LocalDate lastLadder = f.ladder().isEmpty() ? null : f.ladder().get(f.ladder().size() - 1).measuredOn();
        Boolean consent = null;
        for (Consent c : f.consents()) {
            if (c.purpose() == ConsentPurpose.PROFIEL_AAN_WERKGEVER) {
                consent = c.given();
            }
        }
        // Newest first; appointments still ahead or not finished, and missed ones, are no contact.
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        LocalDate lastContact = f.sessions().stream().filter(s -> s.happenedBy(now)).findFirst()
                .map(s -> s.startsAt().toLocalDate()).orElse(null);
        return new CandidateFacts(lastLadder, consent, lastContact);
    }

    /** After any save in a tab: the workspace rereads this file (it is the open one) and its row in the list. */
    void changed(String statusMessage) {
        navigator.candidateChanged(candidateId);
        navigator.status(statusMessage);
    }

    void offerUndo(String text, TabViewModel.StoreWork restore) {
        undoWork = restore;
        undoText.set(text);
    }

    /** "Ongedaan maken" or Ctrl+Z: brings the last deleted record back. */
    void undo() {
        TabViewModel.StoreWork work = undoWork;
        if (work == null) {
            return;
        }
        undoWork = null;
        String what = undoText.get();
        background.run(() -> work.run(store.get())).onSuccess(v -> {
            undoText.set("");
            changed(messages.text("undo.done"));
        }).onError(e -> {
            undoWork = work;
            undoText.set(what);
            navigator.status(messages.format("undo.failed", Background.reason(messages, e)));
        }).start();
    }

    Navigator navigator() {
        return navigator;
    }

    void logSession() {
        navigator.logSession(candidateId);
    }

    void backToCaseload() {
        navigator.showCaseload();
    }

    Messages messages() {
        return messages;
    }

    Background background() {
        return background;
    }

    CaseloadStore store() {
        return store.get();
    }
}
