package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import nl.werkmap.store.caseload.PlacementFile;

/** The timeline tab: everything in the file that has a date, newest first, in one list. */
public final class TimelineViewModel extends TabViewModel {

    /** One dated line. */
    record Entry(LocalDate date, String kind, String text) {
    }

    final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public TimelineViewModel(CandidateViewModel candidate) {
        super(candidate);
    }

    @Override
    protected void show(CandidateFile file) {
        List<Entry> list = new ArrayList<>();
        Candidate c = file.candidate();
        add(list, c.registeredOn(), "timeline.registered", "");
        if (c.statusSince() != null && !c.statusSince().equals(c.registeredOn())) {
            add(list, c.statusSince(), "timeline.status", messages.enumText(c.status()));
        }
        for (CoachingSession s : file.sessions()) {
            add(list, s.startsAt().toLocalDate(), "timeline.session",
                    messages.enumText(s.type()) + " · " + messages.enumText(s.location())
                            + (s.agreements() == null ? "" : " · " + s.agreements()));
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
        list.sort(Comparator.comparing(Entry::date).reversed());
        entries.setAll(list);
    }

    private void add(List<Entry> list, LocalDate date, String kindKey, String text) {
        if (date != null) {
            list.add(new Entry(date, messages.text(kindKey), text));
        }
    }
}
