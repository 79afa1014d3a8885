package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CandidateHistory;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Dates;

/**
 * The timeline tab: everything in the file that has a date, newest first, in one list, and every correction,
 * deletion and restore after a record was made, with when (to the minute) and who (the coach of this laptop when
 * known, else the device), read from the change log.
 */
public final class TimelineViewModel extends TabViewModel {

    /** One dated line; {@code time} and {@code who} only for changes. */
    record Entry(LocalDate date, LocalTime time, String kind, String text, String who) {
    }

    final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ZoneId zone;
    private List<Entry> records = List.of();
    private List<Entry> changes = List.of();
    /**
     * True once the tab was shown: only then are the entries made and the change log read, at each load of the file
     * after it. Before, every opening and every save made an entry per session for a tab mostly never opened.
     */
    private boolean active;
    /** The file last shown, for when the tab shows. */
    private CandidateFile shownFile;

    public TimelineViewModel(CandidateViewModel candidate) {
        this(candidate, ZoneId.systemDefault());
    }

    TimelineViewModel(CandidateViewModel candidate, ZoneId zone) {
        super(candidate);
        this.zone = zone;
    }

    @Override
    protected void show(CandidateFile file) {
        shownFile = file;
        if (active) {
            fill(file);
        }
    }

    /** The file's own dates, then the change log read again. */
    private void fill(CandidateFile file) {
        List<Entry> list = new ArrayList<>();
        Candidate c = file.candidate();
        add(list, c.registeredOn(), "timeline.registered", "");
        if (c.statusSince() != null && !c.statusSince().equals(c.registeredOn())) {
            add(list, c.statusSince(), "timeline.status", messages.enumText(c.status()));
        }
        LocalDateTime now = LocalDateTime.now(zone);
        for (CoachingSession s : file.sessions()) {
            String what = messages.enumText(s.type()) + " · " + messages.enumText(s.location());
            if (s.missed()) {
                // Stays visible, as what it was: an appointment that did not take place, never a session.
                add(list, s.startsAt().toLocalDate(), "timeline.appointmentMissed", what
                        + (s.missedReason() == null ? "" : " · " + messages.enumText(s.missedReason())));
            } else if (s.isPlannedAt(now)) {
                add(list, s.startsAt().toLocalDate(), "timeline.appointment", what);
            } else {
                add(list, s.startsAt().toLocalDate(), "timeline.session",
                        what + (s.agreements() == null ? "" : " · " + s.agreements()));
            }
        }
        for (PlacementFile p : file.placements()) {
            String employer = p.employer() == null ? "" : p.employer().name();
            String what = messages.enumText(p.placement().type()) + " · " + employer;
            add(list, p.placement().start(), "timeline.placementStart", what);
            add(list, p.placement().actualEnd(), "timeline.placementEnd", what);
        }
        for (PlanGoal g : file.goals()) {
            add(list, g.targetDate(), "timeline.goalTarget", g.description());
        }
        for (PlanAction a : file.actions()) {
            if (a.isDone()) {
                add(list, a.doneOn(), "timeline.actionDone", a.description());
            } else {
                add(list, a.dueDate(), "timeline.actionDue", a.description());
            }
        }
        for (LadderMeasurement m : file.ladder()) {
            add(list, m.measuredOn(), "timeline.ladder", messages.enumText(m.rung()));
        }
        for (ZrmMeasurement m : file.zrm()) {
            add(list, m.measuredOn(), "timeline.zrm", messages.format("timeline.zrm.domains", m.scores().size()));
        }
        for (Consent consent : file.consents()) {
            add(list, consent.decidedOn(), consent.given() ? "timeline.consentGiven" : "timeline.consentRefused",
                    "");
        }
        records = list;
        publish();
        loadHistory();
    }

    /**
     * The tab is shown: from now on the change log is read with the file. Reading it for a candidate with years of
     * sessions is a query over the change log that opening the page need not wait for while the tab is hidden.
     */
    void activate() {
        if (!active) {
            active = true;
            if (shownFile != null) {
                fill(shownFile);
            }
        }
    }

    private void loadHistory() {
        Background background = candidate.background();
        background.call(() -> candidate.store().candidateHistory().load(candidate.candidateId()))
                .onSuccess(history -> {
                    changes = history.stream().map(this::entry).toList();
                    publish();
                })
                .onError(e -> refuse(messages.format("timeline.historyFailed", Background.reason(messages, e))))
                .start();
    }

    private void publish() {
        List<Entry> all = new ArrayList<>(records);
        all.addAll(changes);
        all.sort(Comparator.comparing(Entry::date)
                .thenComparing(e -> e.time() == null ? LocalTime.MIN : e.time()).reversed());
        entries.setAll(all);
    }

    private Entry entry(CandidateHistory.Change change) {
        LocalDateTime at = LocalDateTime.ofInstant(change.at(), zone);
        String thing = thing(change);
        String text = switch (change.kind()) {
            case DELETED -> messages.format("timeline.change.deleted", thing);
            case RESTORED -> messages.format("timeline.change.restored", thing);
            case CHANGED -> messages.format("timeline.change.changed", thing, fields(change.fields()));
        };
        String who = change.by().orElseGet(() -> change.ownDevice() ? messages.text("timeline.who.thisDevice")
                : messages.format("timeline.who.device", shortId(change.deviceId())));
        return new Entry(at.toLocalDate(), at.toLocalTime().withSecond(0).withNano(0),
                messages.text("timeline.change"), text, who);
    }

    private String thing(CandidateHistory.Change change) {
        String key = TimelineLabels.ENTITIES.get(change.entity());
        String name = key == null ? change.entity() : messages.text(key);
        if (change.startsAt() != null) {
            try {
                return name + " " + new Dates(messages).format(LocalDateTime.parse(change.startsAt()));
            } catch (java.time.format.DateTimeParseException e) {
                return name;
            }
        }
        return name;
    }

    private String fields(List<String> columns) {
        return columns.stream().map(c -> TimelineLabels.FIELDS.containsKey(c)
                ? messages.text(TimelineLabels.FIELDS.get(c)) : c).distinct().collect(Collectors.joining(", "));
    }

    private static String shortId(String deviceId) {
        return deviceId.length() <= 8 ? deviceId : deviceId.substring(0, 8);
    }

    private void add(List<Entry> list, LocalDate date, String kindKey, String text) {
        if (date != null) {
            list.add(new Entry(date, null, messages.text(kindKey), text, ""));
        }
    }
}
