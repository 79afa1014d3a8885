package nl.werkmap.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.service.avg.ZienswijzeService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.Background;

/**
 * The "Privacy" tab: the candidate's access log, which only a team lead opens here (the privacy officer reads it at
 * the hub) and whose reading is itself logged; and the candidate's zienswijzen, their own statements on records of
 * their file, which go with every later share of that record.
 */
public final class PrivacyViewModel extends TabViewModel {

    /** A record of the file a zienswijze can be attached to, as the choice shows it. */
    public record RecordChoice(String entity, UUID id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    final ObservableList<AccessEntry> log = FXCollections.observableArrayList();
    final StringProperty logMessage = new SimpleStringProperty("");
    final BooleanProperty logOpened = new SimpleBooleanProperty(false);
    /** True while the CSV export of the log is written. */
    final BooleanProperty exporting = new SimpleBooleanProperty(false);
    /** Where the CSV goes: a file chooser, or a test's fixed file (null: cancelled). */
    java.util.function.Supplier<java.io.File> target;

    final ObservableList<Zienswijze> statements = FXCollections.observableArrayList();
    final ObservableList<RecordChoice> records = FXCollections.observableArrayList();
    final ObjectProperty<RecordChoice> record = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> givenOn = new SimpleObjectProperty<>(LocalDate.now());
    final ObjectProperty<Zienswijze> selected = new SimpleObjectProperty<>();

    private final Clock clock;
    private UUID candidateId;
    /** False until the tab is first shown ({@link #activate}); the file last shown, for then. */
    private boolean active;
    private CandidateFile shownFile;

    public PrivacyViewModel(CandidateViewModel candidate, Clock clock) {
        super(candidate);
        this.clock = clock;
    }

    @Override
    protected String tabKey() {
        return "avg.tab";
    }

    @Override
    protected void show(CandidateFile file) {
        candidateId = file.candidate().id();
        shownFile = file;
        if (active) {
            fill(file);
        }
    }

    /**
     * Same lists: a refresh after a save did not read them again, so the records to choose from are the same (the
     * candidate's own record is always there). The statements change only here (each save here reads them again)
     * or by a sync round, after which the whole file is read anew (new lists).
     */
    @Override
    protected boolean shows(CandidateFile old, CandidateFile now) {
        return old.sessions() != now.sessions() || old.zrm() != now.zrm() || old.goals() != now.goals();
    }

    /**
     * The tab is shown: from now on the records and statements are filled with each file. Before, every opening and
     * every save filled them for a tab the coach mostly never opens: a label per session and a worker trip for the
     * statements (issue 13).
     */
    void activate() {
        if (!active) {
            active = true;
            if (shownFile != null) {
                fill(shownFile);
            }
        }
    }

    private void fill(CandidateFile file) {
        records.setAll(choices(file));
        if (record.get() == null && !records.isEmpty()) {
            record.set(records.get(0));
        }
        reloadStatements();
    }

    private void reloadStatements() {
        UUID id = candidateId;
        candidate.background().call(() -> candidate.store().zienswijzen().forCandidate(id))
                .onSuccess(statements::setAll)
                .onError(e -> refuse(messages.format("avg.zienswijze.loadFailed", Background.reason(messages, e))))
                .start();
    }

    private List<RecordChoice> choices(CandidateFile file) {
        List<RecordChoice> all = new ArrayList<>();
        all.add(new RecordChoice("candidate", file.candidate().id(), messages.text("avg.record.candidate")));
        for (CoachingSession s : file.sessions()) {
            all.add(new RecordChoice("coaching_session", s.id(), messages.format("avg.record.session",
                    MOMENT.format(s.startsAt()))));
        }
        for (ZrmMeasurement z : file.zrm()) {
            all.add(new RecordChoice("zrm_measurement", z.id(), messages.format("avg.record.zrm",
                    z.measuredOn() == null ? "" : DAY.format(z.measuredOn()))));
        }
        for (PlanGoal g : file.goals()) {
            all.add(new RecordChoice("plan_goal", g.id(), messages.format("avg.record.goal",
                    g.description() == null ? "" : g.description())));
        }
        return all;
    }

    /** The label of the record a statement is about, for the list. */
    String recordLabel(Zienswijze z) {
        return records.stream().filter(r -> r.id().equals(z.recordId())).map(RecordChoice::label).findFirst()
                .orElse(z.recordEntity());
    }

    /**
     * Opens the access log: a team lead reads it (logged as TOEGANGSLOG_INGEZIEN); anyone else is told who may,
     * and the refused attempt is logged too.
     */
    void openLog() {
        UUID id = candidateId;
        if (id == null) {
            return;
        }
        candidate.background().call(() -> {
            CaseloadStore s = candidate.store();
            boolean lead = s.currentCoach().get().flatMap(c -> s.coaches().find(c))
                    .map(c -> c.role() == CoachRole.TEAMLEIDER).orElse(false);
            AccessLog accessLog = new AccessLog(() -> s, clock);
            AccessRequest read = AccessRequest.of(id, AccessAction.TOEGANGSLOG_INGEZIEN, "access_log")
                    .detail("scherm");
            accessLog.record(lead ? read : read.refused());
            return lead ? accessLog.of(id) : null;
        }).onSuccess(entries -> {
            if (entries == null) {
                log.clear();
                logOpened.set(false);
                logMessage.set(messages.text("avg.log.onlyLead"));
            } else {
                log.setAll(entries);
                logOpened.set(true);
                logMessage.set(messages.format("avg.log.count", entries.size()));
            }
        }).onError(e -> logMessage.set(messages.format("avg.log.failed", Background.reason(messages, e)))).start();
    }

    /**
     * Writes the access log as CSV to {@code file} on the worker thread, for a team lead only. The export is logged
     * first (EXPORT of export.toegangslog), so the file holds its own line; the file is written whole or not at all.
     */
    void exportLog(java.io.File file) {
        UUID id = candidateId;
        if (id == null || file == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        logMessage.set(messages.text("avg.log.exporting"));
        candidate.background().call(() -> {
            CaseloadStore s = candidate.store();
            boolean lead = s.currentCoach().get().flatMap(c -> s.coaches().find(c))
                    .map(c -> c.role() == CoachRole.TEAMLEIDER).orElse(false);
            AccessLog accessLog = new AccessLog(() -> s, clock);
            AccessRequest export = AccessRequest.of(id, AccessAction.EXPORT, "export.toegangslog").detail("csv");
            accessLog.record(lead ? export : export.refused());
            if (!lead) {
                return null;
            }
            List<AccessEntry> entries = accessLog.of(id);
            AccessLogFile.write(entries, file.toPath());
            s.registerSavedFile(id, "toegangslog.csv", file.toPath(), clock.instant());
            return entries;
        }).onSuccess(entries -> {
            exporting.set(false);
            if (entries == null) {
                logMessage.set(messages.text("avg.log.onlyLead"));
            } else {
                log.setAll(entries);
                logMessage.set(messages.format("avg.log.exported", entries.size(), file.getName()));
            }
        }).onError(e -> {
            exporting.set(false);
            logMessage.set(messages.format("avg.log.exportFailed", Background.reason(messages, e)));
        }).start();
    }

    /** Tests give a fixed file instead of the save dialog. */
    public void useFileChooser(java.util.function.Supplier<java.io.File> chooser) {
        this.target = chooser;
    }

    String moment(AccessEntry e) {
        return MOMENT.format(e.occurredAt().atZone(ZoneId.systemDefault()));
    }

    void addStatement() {
        RecordChoice about = record.get();
        String words = text.get() == null ? "" : text.get().strip();
        if (about == null || words.isEmpty()) {
            refuse(messages.text("avg.zienswijze.empty"));
            return;
        }
        Zienswijze z = new Zienswijze(UUID.randomUUID(), candidateId, about.entity(), about.id(), words,
                givenOn.get());
        save(s -> new ZienswijzeService(() -> s).save(z), "avg.zienswijze.saved", () -> {
            text.set("");
            reloadStatements();
        });
    }

    void deleteSelected() {
        Zienswijze z = selected.get();
        if (z == null) {
            return;
        }
        delete(s -> new ZienswijzeService(() -> s).delete(z.id()), messages.text("avg.zienswijze.one"),
                s -> new ZienswijzeService(() -> s).restore(z));
    }
}
