package nl.werkmap.store.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;

/**
 * One line of the caseload overview: who, where they stand, who coaches them, how complete their data is and what
 * needs attention. Built by {@link CaseloadQuery}; only the names are decrypted.
 *
 * @param displayName  the preferred name if there is one, else the full name
 * @param coachName    null when no coach is assigned
 * @param lastContact  date of the latest coaching session, null if never seen
 * @param completeness 0..100, from {@link nl.werkmap.domain.rules.Completeness}
 * @param warningKeys  message keys of what needs attention: {@code contact.warning.*} and {@code proefplaatsing.*}
 * @param fullName     the full name, which search also matches
 */
public record CaseloadRow(
        UUID id,
        String displayName,
        CandidateStatus status,
        UUID coachId,
        String coachName,
        RegisterStatus registerStatus,
        List<String> sectors,
        LocalDate lastContact,
        int completeness,
        List<String> warningKeys,
        boolean pupil,
        String fullName) {

    public CaseloadRow {
        sectors = List.copyOf(sectors);
        warningKeys = List.copyOf(warningKeys);
    }

    public boolean hasWarnings() {
        return !warningKeys.isEmpty();
    }
}
