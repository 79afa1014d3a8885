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
 * @param displayName  roepnaam + achternaam (see {@link nl.werkmap.domain.PersonName#listName}), else the full name
 * @param coachName    null when no coach is assigned
 * @param lastContact  date of the latest coaching session, null if never seen
 * @param completeness 0..100, from {@link nl.werkmap.domain.rules.Completeness}
 * @param warningKeys  message keys of what needs attention: {@code contact.warning.*} and {@code proefplaatsing.*}
 * @param fullName     the full name, which search also matches
 * @param cue          the second cue that tells two people with the same name apart: birth year, or school for a
 *                     pupil; empty if neither is known
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
        String fullName,
        String cue) {

    public CaseloadRow {
        cue = cue == null ? "" : cue;
        sectors = List.copyOf(sectors);
        warningKeys = List.copyOf(warningKeys);
    }

    /** A row without a second cue (tests, callers that do not know it). */
    public CaseloadRow(UUID id, String displayName, CandidateStatus status, UUID coachId, String coachName,
                       RegisterStatus registerStatus, List<String> sectors, LocalDate lastContact, int completeness,
                       List<String> warningKeys, boolean pupil, String fullName) {
        this(id, displayName, status, coachId, coachName, registerStatus, sectors, lastContact, completeness,
                warningKeys, pupil, fullName, "");
    }

    /** "Jan van den Berg (1998)": the name with its cue, for pickers and spoken labels. */
    public String nameWithCue() {
        return cue.isEmpty() ? displayName : displayName + " (" + cue + ")";
    }

    public boolean hasWarnings() {
        return !warningKeys.isEmpty();
    }
}
