package nl.werkmap.ui.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.WorkList;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.export.CsvWriter;
import nl.werkmap.report.export.ReportDocument;
import nl.werkmap.report.export.ReportFormat;
import nl.werkmap.report.table.Labels;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;

/**
 * The Rapportage screen's state: period and scope chosen, the protected tables of the last summary and its monthly
 * trend, the named werklijst, busy and messages. All computing and writing runs in the background.
 */
public final class ReportViewModel {

    /** One werklijst line as the screen shows it (names appear on screen only). */
    public record WorkRow(String what, LocalDate due, boolean overdue, String candidate, String coach) {
    }

    /** "achterstallig, 19 dagen", "vandaag" or "over 12 dagen", counted from {@code today}. */
    String when(WorkRow row) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, row.due());
        if (days < 0) {
            return messages.format("report.worklist.overdueDays", -days);
        }
        return days == 0 ? messages.text("report.worklist.today") : messages.format("report.worklist.inDays", days);
    }

    final StringProperty period = new SimpleStringProperty();
    final ObjectProperty<ReportSource.ScopeChoice> scope = new SimpleObjectProperty<>();
    final ObservableList<ReportSource.ScopeChoice> scopes = FXCollections.observableArrayList();
    final ObservableList<ReportTable> tables = FXCollections.observableArrayList();
    final ObservableList<WorkRow> work = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    /** Whether {@link #message} reports a failure (red) or a file written (green). */
    final javafx.beans.property.BooleanProperty failed = new javafx.beans.property.SimpleBooleanProperty(true);
    final StringProperty heading = new SimpleStringProperty("");
    final ObjectProperty<TeamSummary> summary = new SimpleObjectProperty<>();
    /** What the exports write: the summary's tables with the monthly trend. */
    final ObjectProperty<ReportDocument> document = new SimpleObjectProperty<>();
    /** Under the werklijst: how many older overdue items were left off, or empty. */
    final StringProperty workNote = new SimpleStringProperty("");

    private final ReportSource source;
    /** Whose data the werklijst on screen names, for the access log when it is exported. */
    private volatile List<String> workCandidateIds = List.of();
    private final Background background;
    /** This screen's own tasks: a failed task elsewhere never leaves the report looking busy. */
    private final nl.werkmap.ui.common.Busy busy;
    private final Messages messages;
    private final Dates dates;
    /** The day "overdue" is judged against: the same day the source computes with. */
    private final LocalDate today;

    public ReportViewModel(ReportSource source, Background background, Messages messages, LocalDate today) {
        this.source = source;
        this.background = background;
        this.busy = background.newBusy();
        this.messages = messages;
        this.dates = new Dates(messages);
        this.today = today;
        int tertiaal = (today.getMonthValue() - 1) / 4 + 1;
        period.set(today.getYear() + "-T" + tertiaal);
    }

    ReadOnlyBooleanProperty busy() {
        return busy.property();
    }

    /** Suggestions for the period field: this and last year's tertialen, quarters, halves and the years. */
    static List<String> periodSuggestions(LocalDate today) {
        List<String> list = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            for (int t = 3; t >= 1; t--) {
                list.add(year + "-T" + t);
            }
            for (int q = 4; q >= 1; q--) {
                list.add(year + "-Q" + q);
            }
            list.add(year + "-H2");
            list.add(year + "-H1");
            list.add(Integer.toString(year));
        }
        return list;
    }

    /** A suggestion in the period list, with its words: "2026-T3 \u2013 3e tertiaal 2026"; as typed if it is no period. */
    String suggestionText(String code) {
        try {
            String words = dates.period(ReportPeriod.parse(code));
            return words.equals(code) ? code : code + " \u2013 " + words;
        } catch (IllegalArgumentException notAPeriod) {
            return code;
        }
    }

    /** The day the screen counts from (given, so tests and the period suggestions agree). */
    LocalDate today() {
        return today;
    }

    void loadScopes() {
        background.call(source::scopes).onSuccess(list -> {
            scopes.setAll(list);
            if (scope.get() == null && !list.isEmpty()) {
                scope.set(list.get(0));
            }
        }).onError(e -> failedWith(messages.format("report.error.load", Background.reason(messages, e))))
                .countIn(busy).inBulkLane().start();
    }

    void compute() {
        ReportPeriod chosen;
        try {
            chosen = ReportPeriod.parse(period.get());
        } catch (IllegalArgumentException e) {
            failedWith(e.getMessage());
            return;
        }
        if (scope.get() == null) {
            failedWith(messages.text("report.error.noScope"));
            return;
        }
        var scopeNow = scope.get().scope();
        message.set("");
        background.call(() -> {
            WorkList list = source.workList(scopeNow);
            workCandidateIds = list.items().stream().map(nl.werkmap.report.WorkItem::candidateId).toList();
            TeamSummary computed = source.compute(chosen, scopeNow);
            TrendFigures trend = source.trend(chosen, scopeNow);
            // The small-cell protection of every table runs here too, off the FX thread.
            return new Result(computed, ReportDocument.of(computed, trend), named(list.items()), list.olderOverdue());
        })
                .onSuccess(r -> {
                    ReportDocument doc = r.document();
                    summary.set(r.summary());
                    document.set(doc);
                    tables.setAll(doc.tables());
                    work.setAll(r.work());
                    workNote.set(r.olderOverdue() == 0 ? "" : messages.format("report.worklist.older", r.olderOverdue()));
                    heading.set(messages.format("report.heading", dates.periodWithDates(r.summary().period()),
                            r.summary().scopeLabel()));
                })
                .onError(e -> failedWith(messages.format("report.error.compute", Background.reason(messages, e))))
                .countIn(busy).inBulkLane().start();
    }

    private record Result(TeamSummary summary, ReportDocument document, List<WorkRow> work, int olderOverdue) {
    }

    private List<WorkRow> named(List<WorkItem> items) {
        List<WorkRow> rows = new ArrayList<>();
        for (WorkItem item : items) {
            rows.add(new WorkRow(Labels.of(item.kind().name()), item.due(), item.overdue(today),
                    source.candidateName(item.candidateId()), item.coachName()));
        }
        return rows;
    }

    /** Writes the summary and trend (no names) to {@code file}. */
    void export(ReportFormat format, Path file) {
        ReportDocument current = document.get();
        if (current == null) {
            failedWith(messages.text("report.error.nothingYet"));
            return;
        }
        background.run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                format.write(current, out);
            }
        }).onSuccess(v -> succeeded(messages.format("report.exported", file.toString())))
                .onError(e -> failedWith(messages.format("report.error.export", Background.reason(messages, e))))
                .countIn(busy).inBulkLane().start();
    }

    /** Writes the named werklijst: the one export that names candidates, and only on the coach's explicit choice. */
    void exportWorklist(Path file) {
        List<WorkRow> rows = List.copyOf(work);
        List<String> header = List.of(messages.text("report.worklist.csvHeader").split(";"));
        String yes = messages.text("report.yes");
        String no = messages.text("report.no");
        List<String> named = workCandidateIds;
        background.run(() -> {
            if (!named.isEmpty()) {
                // The access log is kept per candidate: a list without candidates has nobody to log it for.
                source.logExport(named, "export.werklijst", "csv, " + rows.size() + " punten");
            }
            try (CsvWriter csv = CsvWriter.open(Files.newOutputStream(file))) {
                csv.record(header);
                for (WorkRow r : rows) {
                    csv.text(r.what()).date(r.due()).text(r.overdue() ? yes : no).text(r.candidate()).text(r.coach())
                            .endRecord();
                }
            }
        }).onSuccess(v -> succeeded(messages.format("report.worklist.exported", file.toString())))
                .onError(e -> failedWith(messages.format("report.error.export", Background.reason(messages, e))))
                .countIn(busy).inBulkLane().start();
    }

    private void failedWith(String text) {
        failed.set(true);
        message.set(text);
    }

    private void succeeded(String text) {
        failed.set(false);
        message.set(text);
    }
}
