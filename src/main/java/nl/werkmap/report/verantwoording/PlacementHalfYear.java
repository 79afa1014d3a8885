package nl.werkmap.report.verantwoording;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.Placement;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;

/**
 * What the documents of one placement and half year are made from, read in one go from the caseload: the
 * candidate's file, the placement with its employer, its toekenningen, and its forms.
 *
 * @param today the day the document is made (sessions after it are appointments, not hours)
 */
public record PlacementHalfYear(CandidateFile file, PlacementFile placement, HalfYear period,
                                List<JobcoachGrant> grants, List<JobcoachForm> forms, LocalDate today) {

    public PlacementHalfYear {
        grants = List.copyOf(grants);
        forms = List.copyOf(forms);
    }

    /**
     * Reads the sources for a candidate's placement: the one named, or else the placement that ran longest into
     * the half year. Empty when the candidate, or a placement in that half year, is not there.
     */
    public static Optional<PlacementHalfYear> load(CaseloadStore store, UUID candidateId, UUID placementId,
                                                   HalfYear period, LocalDate today) {
        Optional<CandidateFile> file = store.candidateFiles().load(candidateId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlacementFile> chosen = file.get().placements().stream()
                .filter(p -> placementId == null ? overlaps(p.placement(), period)
                        : p.placement().id().equals(placementId))
                .max(Comparator.comparing(p -> p.placement().start() == null ? LocalDate.MIN : p.placement().start()));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        UUID id = chosen.get().placement().id();
        return Optional.of(new PlacementHalfYear(file.get(), chosen.get(), period, store.grants().forPlacement(id),
                store.forms().forPlacement(id, period), today));
    }

    /** The candidate of a placement, for a command given only the placement. */
    public static Optional<UUID> candidateOf(CaseloadStore store, UUID placementId) {
        return store.placements().find(placementId).map(Placement::candidateId);
    }

    static boolean overlaps(Placement p, HalfYear period) {
        LocalDate end = p.actualEnd() != null ? p.actualEnd() : p.plannedEnd();
        return (p.start() == null || !p.start().isAfter(period.end()))
                && (end == null || !end.isBefore(period.start()));
    }

    /** The grant of this half year, if any. */
    public Optional<JobcoachGrant> grant() {
        return grants.stream().filter(g -> g.period().equals(period)).findFirst();
    }

    /** The newest form of a kind for this half year. */
    public Optional<JobcoachForm> form(JobcoachFormKind kind) {
        return forms.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /** The logboek: sessions on this placement in the half year that took place, oldest first. */
    public List<CoachingSession> logboek() {
        UUID id = placement.placement().id();
        return file.sessions().stream()
                .filter(s -> id.equals(s.placementId()) && s.startsAt() != null
                        && period.contains(s.startsAt().toLocalDate())
                        && s.happenedBy(today.plusDays(1).atStartOfDay().minusSeconds(1)))
                .sorted(Comparator.comparing(CoachingSession::startsAt)).toList();
    }

    /** Every session on this placement that took place by today, over its whole life (eindrapportage). */
    public List<CoachingSession> allSessions() {
        UUID id = placement.placement().id();
        return file.sessions().stream()
                .filter(s -> id.equals(s.placementId()) && s.happenedBy(today.plusDays(1).atStartOfDay().minusSeconds(1)))
                .sorted(Comparator.comparing(CoachingSession::startsAt)).toList();
    }
}
