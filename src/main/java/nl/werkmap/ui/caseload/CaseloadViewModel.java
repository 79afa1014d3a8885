package nl.werkmap.ui.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.rules.ContactWarning;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadQuery;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.sync.candidate.SyncMarks;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CurrentCoachModel;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.UserPreferences;

/**
 * The caseload overview: loads every candidate's row in the background, then filters in memory on each keystroke
 * (names are sealed on disk). "Too long without contact" follows the coach's own setting in weeks. Each row's sync
 * mark comes from {@link SyncMarks}, read apart from the rows so a sync round only re-reads the marks.
 */
public final class CaseloadViewModel {

    private static final String TOO_LONG = new ContactWarning(ContactWarning.Kind.TE_LANG_GEEN_CONTACT, 0).messageKey();

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private final UserPreferences preferences;
    private final Supplier<SyncMarks> syncMarks;
    private CaseloadIndex index = CaseloadIndex.build(List.of());
    private final Clock clock;
    private LocalDate today;

    final StringProperty query = new SimpleStringProperty("");
    final ObjectProperty<CandidateStatus> status = new SimpleObjectProperty<>();
    final ObjectProperty<Coach> coach = new SimpleObjectProperty<>();
    final ObjectProperty<RegisterStatus> registerStatus = new SimpleObjectProperty<>();
    final ObjectProperty<String> sector = new SimpleObjectProperty<>();
    final BooleanProperty onlyWarnings = new SimpleBooleanProperty(false);
    /** "Alleen niet verstuurd of conflict"; only offered (and only applied) on a linked laptop. */
    final BooleanProperty onlyUnsent = new SimpleBooleanProperty(false);
    final ObjectProperty<SyncMarks> marks = new SimpleObjectProperty<>(SyncMarks.NOT_LINKED);
    /** What the table shows; told to the table as rows that left and came, see {@link ShownRows}. */
    final ShownRows rows = new ShownRows();
    final ObservableList<Coach> coaches = FXCollections.observableArrayList();
    final ObservableList<String> sectors = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");
    /** "Alle kandidaten": off means the coach filter stands on the coach working here ("mijn kandidaten"). */
    final BooleanProperty allCandidates = new SimpleBooleanProperty(true);
    /** True once the coach working here is known; only then is there a "mine" to go back to. */
    final BooleanProperty coachKnown = new SimpleBooleanProperty(false);
    private CurrentCoachModel who;
    private boolean syncingMine;
    final StringProperty loadError = new SimpleStringProperty("");
    /** Counts whole-list reads, so a row saved during one is read again after it (FX thread only). */
    private long reloads;
    /** What the list shown was read from (FX thread; null before the first read): see {@link #reloadIfWritten}. */
    private ListedFrom listedFrom;

    /**
     * Whether the list is on screen. While another page shows, a saved candidate's row goes into the index at once
     * but the table is only told when the list shows again: a hidden table would otherwise lay out its rows during
     * the save the coach is waiting for.
     */
    public final BooleanProperty onScreen = new SimpleBooleanProperty(true);
    private boolean filterPending;

    {
        onScreen.addListener((o, was, now) -> {
            if (now && filterPending) {
                filterPending = false;
                applyFilter();
            }
        });
    }
    /** True once a whole-list read is in. */
    private boolean loaded;
    /** Rows refreshed one by one, with the whole-list read that was the latest then. */
    private final Map<UUID, Long> changedRows = new HashMap<>();
    /**
     * The candidates whose rows were put in the index since the table last got it, so the table hears only those
     * rows change; null after a whole-list read, which the table gets as a new list (FX thread only).
     */
    private Set<UUID> changedSinceShown = new HashSet<>();

    /**
     * @param syncMarks reads the sync marks of the whole caseload; called on the background worker, never on the FX
     *                  thread
     */
    public CaseloadViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                             Navigator navigator, UserPreferences preferences, Supplier<SyncMarks> syncMarks) {
        this(messages, background, store, navigator, preferences, syncMarks, Clock.systemDefaultZone());
    }

    /** @param clock what "today" is for the contact limits and the last-contact texts */
    public CaseloadViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                             Navigator navigator, UserPreferences preferences, Supplier<SyncMarks> syncMarks,
                             Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.messages = messages;
        this.contactTexts = new ContactTexts(messages);
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.preferences = preferences;
        this.syncMarks = syncMarks;
        for (Observable o : new Observable[] {query, status, coach, registerStatus, sector, onlyWarnings,
            onlyUnsent}) {
            o.addListener(obs -> applyFilter());
        }
        preferences.uitBeeldWeeksProperty().addListener(obs -> reload());
    }

    /**
     * Lists open on "mijn kandidaten": the coach filter follows the coach working here until the coach picks "Alle
     * kandidaten" or another coach.
     */
    public void followCurrentCoach(CurrentCoachModel current) {
        this.who = current;
        current.coach.addListener((obs, old, now) -> {
            coachKnown.set(now != null);
            allCandidates.set(now == null);
            mine();
        });
        allCandidates.addListener((obs, old, all) -> {
            if (!syncingMine) {
                syncingMine = true;
                coach.set(all ? null : me());
                syncingMine = false;
            }
        });
        coach.addListener((obs, old, now) -> {
            if (!syncingMine && me() != null) {
                syncingMine = true;
                allCandidates.set(now == null || !now.id().equals(me().id()));
                syncingMine = false;
            }
        });
    }

    private Coach me() {
        return who == null ? null : who.coach.get();
    }

    private void mine() {
        if (me() != null && !allCandidates.get()) {
            coach.set(me());
        }
    }

    /** The caseload as read last, for pickers elsewhere (the quick session); null until the first read is in. */
    public CaseloadIndex loadedIndex() {
        return loaded ? index : null;
    }

    /** Reads the caseload again (after unlock, after a sync round). On the bulk lane: a save never waits for it. */
    public void reload() {
        int weeks = preferences.uitBeeldWeeksProperty().get();
        long started = ++reloads;
        background.call(() -> {
            CaseloadStore s = store.get();
            LocalDate now = LocalDate.now(clock);
            // Taken before the read: a write that ends during it leaves the list read as not current.
            ListedFrom from = new ListedFrom(s, s.writeStamp(), s.othersWrites(), now, weeks);
            // The coach's own contact limit and the index's folding are applied per batch on the pool, while the
            // rows are still being read; only the index's sort is left after the read.
            CaseloadQuery.Listed listed = s.caseloadQuery().loadIndexed(now,
                    row -> withOwnContactLimit(row, now, weeks));
            // Everything the FX thread would otherwise walk all rows for is done here, on the worker.
            Set<String> sectorNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (CaseloadRow row : listed.rows()) {
                sectorNames.addAll(row.sectors());
            }
            return new Loaded(listed.index(), s.coaches().all(), now, syncMarks.get(),
                    List.copyOf(sectorNames), from);
        }).onSuccess(loaded -> {
            listedFrom = loaded.from();
            show(loaded);
            // A row saved while the whole list was being read may have been read before that save: read it again.
            List<UUID> late = rowsChangedDuring(started);
            late.forEach(this::refreshRow);
        }).onError(e -> loadError.set(
                messages.format("caseload.loadFailed", String.valueOf(e.getMessage())))).inBulkLane().start();
    }

    /**
     * After an unlock from the lock card: reads the whole list again only when the file may hold something it does
     * not show, that is when anything was written since it was read (by this app or by another open of the file), the
     * day has changed or the coach's contact limit did. Otherwise the list shown is what a read would give: at
     * 150,000 candidates that read took 4.8 s of both cores after every unlock, while the coach was already
     * clicking (issue 13). The check itself is two counters, read on the bulk lane.
     */
    public void reloadIfWritten() {
        ListedFrom from = listedFrom;
        int weeks = preferences.uitBeeldWeeksProperty().get();
        if (from == null || !loadError.get().isEmpty()) {
            reload(); // never read, or the last read failed: try again
            return;
        }
        background.call(() -> {
            CaseloadStore s = store.get();
            return from.equals(new ListedFrom(s, s.writeStamp(), s.othersWrites(), LocalDate.now(clock), weeks));
        }).onSuccess(current -> {
            // A whole-list read that ended meanwhile is as current as one started now would be.
            if (!current && listedFrom == from) {
                reload();
            }
        }).onError(e -> reload()).inBulkLane().start();
    }

    /** The store a list was read from, its two write counters and the day and contact limit it was read with. */
    private record ListedFrom(CaseloadStore store, long ownWrites, long othersWrites, LocalDate day, int weeks) {
    }

    /**
     * After a save of one candidate: reads only that candidate's line (on the interactive lane, a few indexed
     * queries) and puts it in the index, so the list follows at once without reading 150,000 rows again. A
     * candidate that is gone (deleted) leaves the list.
     */
    public void refreshRow(UUID candidateId) {
        changedRows.put(candidateId, reloads);
        int weeks = preferences.uitBeeldWeeksProperty().get();
        CaseloadIndex base = index;
        background.call(() -> {
            LocalDate now = LocalDate.now(clock);
            CaseloadRow row = store.get().caseloadRow().row(candidateId, now)
                    .map(r -> withOwnContactLimit(r, now, weeks)).orElse(null);
            // Putting the row in copies the index, milliseconds at 150,000 rows: here, not on the FX thread.
            // The index's arrays never change, so reading them here is safe.
            return new Refreshed(row, base, base.replaced(candidateId, row));
        }).onSuccess(refreshed -> {
            // Another save or a whole-list read came in meanwhile: put the row into the index as it is now.
            index = refreshed.base() == index ? refreshed.index() : index.replaced(candidateId, refreshed.row());
            if (changedSinceShown != null) {
                changedSinceShown.add(candidateId);
            }
            if (onScreen.get()) {
                applyFilter();
            } else {
                filterPending = true;
            }
        }).onError(e -> loadError.set(
                messages.format("caseload.loadFailed", String.valueOf(e.getMessage())))).start();
    }

    /** One candidate's row as read after a save (null: gone), and the index it was put into. */
    private record Refreshed(CaseloadRow row, CaseloadIndex base, CaseloadIndex index) {
    }

    /** The rows saved since whole-list read number {@code started} began; forgets rows from reads before it. */
    private List<UUID> rowsChangedDuring(long started) {
        List<UUID> late = new ArrayList<>();
        changedRows.entrySet().removeIf(e -> {
            if (e.getValue() >= started) {
                late.add(e.getKey());
            }
            return e.getValue() <= started;
        });
        return late;
    }

    /**
     * Reads only the sync marks again (after a sync round): a few small queries instead of the whole caseload. The
     * table keeps its rows, selection and scroll position; only the marks change.
     */
    public void refreshSyncMarks() {
        background.call(syncMarks::get).onSuccess(this::showMarks).onError(e -> navigator.status(
                messages.format("caseload.sync.unreadable", String.valueOf(e.getMessage())))).inBulkLane().start();
    }

    private void showMarks(SyncMarks now) {
        if (now.equals(marks.get())) {
            return;
        }
        marks.set(now);
        if (onlyUnsent.get()) {
            applyFilter();
        }
    }

    private record Loaded(CaseloadIndex index, List<Coach> coaches, LocalDate today, SyncMarks marks,
                          List<String> sectorNames, ListedFrom from) {
    }

    private void show(Loaded loaded) {
        index = loaded.index();
        changedSinceShown = null;
        this.loaded = true;
        today = loaded.today();
        marks.set(loaded.marks());
        loadError.set("");
        Coach chosen = coach.get();
        coaches.setAll(loaded.coaches());
        if (chosen != null) {
            coach.set(coaches.stream().filter(c -> c.id().equals(chosen.id())).findFirst().orElse(null));
        } else {
            mine();
        }
        List<String> names = loaded.sectorNames();
        String chosenSector = sector.get();
        sectors.setAll(names);
        sector.set(chosenSector != null && names.stream().anyMatch(chosenSector::equalsIgnoreCase)
                ? chosenSector : null);
        applyFilter();
    }

    /** The store warns after six weeks; the coach may have chosen another limit. */
    static CaseloadRow withOwnContactLimit(CaseloadRow row, LocalDate today, int weeks) {
        boolean tooLong = row.lastContact() != null && row.status() != CandidateStatus.UITGESTROOMD
                && ChronoUnit.DAYS.between(row.lastContact(), today) > weeks * 7L;
        List<String> now = row.warningKeys();
        // Most rows agree with the store's six weeks: keep those as they are instead of copying 150,000 rows.
        if (tooLong ? !now.isEmpty() && now.get(0).equals(TOO_LONG) && now.lastIndexOf(TOO_LONG) == 0
                : !now.contains(TOO_LONG)) {
            return row;
        }
        List<String> keys = new ArrayList<>(now);
        keys.remove(TOO_LONG);
        if (tooLong) {
            keys.add(0, TOO_LONG);
        }
        // withWarningKeys, not a new row from the accessors: that would open every copied row's birth date.
        return row.withWarningKeys(keys);
    }

    private void applyFilter() {
        CaseloadFilter filter = new CaseloadFilter(
                status.get() == null ? Set.of() : Set.of(status.get()),
                coach.get() == null ? null : coach.get().id(),
                registerStatus.get() == null ? Set.of() : Set.of(registerStatus.get()),
                sector.get(), onlyWarnings.get());
        List<CaseloadRow> found = index.filter(query.get(), filter);
        int[] positions = index.positions(found);
        if (onlyUnsent.get() && marks.get().linked()) {
            // The index's positions are shared with it: the rows kept go in an array of their own.
            int[] unsent = new int[positions.length];
            int kept = 0;
            for (int i = 0; i < positions.length; i++) {
                if (syncState(found.get(i)) != CandidateSyncState.SENT) {
                    unsent[kept++] = positions[i];
                }
            }
            positions = java.util.Arrays.copyOf(unsent, kept);
        }
        // A keystroke that changes no hit (a letter more of the one name found, a space) tells the table nothing.
        // After saves only their rows are told as changed; after a whole-list read the table gets a new list.
        rows.show(index, positions, changedSinceShown);
        if (changedSinceShown == null || !changedSinceShown.isEmpty()) {
            changedSinceShown = new HashSet<>();
        }
        summary.set(messages.format("caseload.summary", rows.size(), index.size()));
    }

    public void clearFilters() {
        status.set(null);
        coach.set(null);
        registerStatus.set(null);
        sector.set(null);
        onlyWarnings.set(false);
        onlyUnsent.set(false);
        query.set("");
    }

    public void open(CaseloadRow row) {
        if (row != null) {
            navigator.openCandidate(row.id());
        }
    }

    /** "3 weken geleden", "vandaag", or "nooit" for the last-contact column. */
    String lastContactText(LocalDate lastContact) {
        // Made once per day shown (ContactTexts): a keystroke refills every visible row.
        return contactTexts.text(lastContact, today);
    }

    private final ContactTexts contactTexts;

    /** NOT_LINKED on a laptop without a hub; otherwise PENDING, CONFLICT or SENT for this row's candidate. */
    CandidateSyncState syncState(CaseloadRow row) {
        return marks.get().stateOf(row.id());
    }

    String warningText(String key) {
        return messages.text(key);
    }

    Messages messages() {
        return messages;
    }
}
