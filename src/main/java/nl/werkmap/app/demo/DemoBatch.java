package nl.werkmap.app.demo;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.DemoImport;

/**
 * The records made for one slice of candidates, written through the store's demo import (no change log: a demo
 * caseload never syncs) in one transaction, in foreign-key order (candidates before what refers to them, goals
 * before actions, placements before contacts and sessions).
 */
final class DemoBatch {
    final List<Candidate> candidates = new ArrayList<>();
    final List<Consent> consents = new ArrayList<>();
    final List<PlanGoal> goals = new ArrayList<>();
    final List<PlanAction> actions = new ArrayList<>();
    final List<LadderMeasurement> ladder = new ArrayList<>();
    final List<ZrmMeasurement> zrm = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    final List<LoonwaardeMeasurement> loonwaarde = new ArrayList<>();
    final List<EmployerContact> contacts = new ArrayList<>();
    final List<CoachingSession> sessions = new ArrayList<>();
    final List<nl.werkmap.domain.JobcoachGrant> grants = new ArrayList<>();
    /** The jobcoach forms of the half years near their end (issue 14): evaluation, satisfaction, the coach's. */
    final List<nl.werkmap.domain.JobcoachForm> forms = new ArrayList<>();

    void writeTo(DemoImport demo) {
        demo.write(rows -> rows.candidates(candidates)
                .consents(consents)
                .goals(goals)
                .placements(placements)
                .loonwaarde(loonwaarde)
                .grants(grants)
                .employerContacts(contacts)
                .sessions(sessions)
                .actions(actions)
                .ladder(ladder)
                .zrm(zrm)
                .jobcoachForms(forms));
    }
}
