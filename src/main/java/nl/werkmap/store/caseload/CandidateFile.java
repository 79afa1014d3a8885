package nl.werkmap.store.caseload;

import java.util.List;
import java.util.Optional;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.domain.Coach;

/**
 * Everything the candidate screen shows about one candidate, read in one snapshot.
 *
 * @param consents    oldest first; the latest decision per purpose holds
 * @param goals       by target date
 * @param actions     by due date
 * @param ladder      oldest first
 * @param zrm         oldest first
 * @param placements  newest start first, each with its employer and contacts
 * @param sessions    newest first
 */
public record CandidateFile(
        Candidate candidate,
        Optional<Coach> coach,
        List<Consent> consents,
        List<PlanGoal> goals,
        List<PlanAction> actions,
        List<LadderMeasurement> ladder,
        List<ZrmMeasurement> zrm,
        List<PlacementFile> placements,
        List<CoachingSession> sessions) {

    public CandidateFile {
        consents = List.copyOf(consents);
        goals = List.copyOf(goals);
        actions = List.copyOf(actions);
        ladder = List.copyOf(ladder);
        zrm = List.copyOf(zrm);
        placements = List.copyOf(placements);
        sessions = List.copyOf(sessions);
    }
}
