package nl.werkmap.app.demo;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.CaseloadStore;

/**
 * The records made for one slice of candidates, written to the store with its bulk insert in foreign-key order
 * (candidates before what refers to them, goals before actions, placements before contacts and sessions).
 */
final class DemoBatch {
    final List<Candidate> candidates = new ArrayList<>();
    final List<Consent> consents = new ArrayList<>();
    final List<PlanGoal> goals = new ArrayList<>();
    final List<PlanAction> actions = new ArrayList<>();
    final List<LadderMeasurement> ladder = new ArrayList<>();
    final List<ZrmMeasurement> zrm = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    final List<EmployerContact> contacts = new ArrayList<>();
    final List<CoachingSession> sessions = new ArrayList<>();

    void writeTo(CaseloadStore store) {
        store.candidates().insertAll(candidates);
        store.consents().insertAll(consents);
        store.plans().insertGoals(goals);
        store.placements().insertAll(placements);
        store.employerContacts().insertAll(contacts);
        store.sessions().insertAll(sessions);
        store.plans().insertActions(actions);
        store.measurements().insertLadder(ladder);
        store.measurements().insertZrm(zrm);
    }
}
