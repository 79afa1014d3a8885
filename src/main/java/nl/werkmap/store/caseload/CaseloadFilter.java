package nl.werkmap.store.caseload;

import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;

/**
 * What the coach narrowed the caseload to, besides the typed name. An empty set or a null value means "any".
 *
 * @param statuses         candidate statuses to show
 * @param coachId          only this coach's candidates
 * @param registerStatuses doelgroepregister statuses to show
 * @param sector           only candidates who named this sector (case- and accent-insensitive)
 * @param onlyWithWarnings only candidates with something that needs attention
 */
public record CaseloadFilter(Set<CandidateStatus> statuses, UUID coachId, Set<RegisterStatus> registerStatuses,
                             String sector, boolean onlyWithWarnings) {

    public static final CaseloadFilter ANY = new CaseloadFilter(Set.of(), null, Set.of(), null, false);

    public CaseloadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        registerStatuses = registerStatuses == null ? Set.of() : Set.copyOf(registerStatuses);
        sector = sector == null || sector.isBlank() ? null : sector;
    }

    public CaseloadFilter withStatuses(Set<CandidateStatus> newStatuses) {
        return new CaseloadFilter(newStatuses, coachId, registerStatuses, sector, onlyWithWarnings);
    }

    public CaseloadFilter withCoach(UUID newCoachId) {
        return new CaseloadFilter(statuses, newCoachId, registerStatuses, sector, onlyWithWarnings);
    }

    public CaseloadFilter withRegisterStatuses(Set<RegisterStatus> newStatuses) {
        return new CaseloadFilter(statuses, coachId, newStatuses, sector, onlyWithWarnings);
    }

    public CaseloadFilter withSector(String newSector) {
        return new CaseloadFilter(statuses, coachId, registerStatuses, newSector, onlyWithWarnings);
    }

    public CaseloadFilter withOnlyWarnings(boolean only) {
        return new CaseloadFilter(statuses, coachId, registerStatuses, sector, only);
    }
}
