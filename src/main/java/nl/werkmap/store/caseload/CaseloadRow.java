package nl.werkmap.store.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;

/**
 * One line of the caseload overview: who, where they stand, who coaches them, how complete their data is and what
 * needs attention. Built by {@link CaseloadQuery}; only the names are decrypted up front.
 *
 * <p>The second cue of someone without a school is the birth year, and the birth date is sealed. A whole-list read
 * leaves it sealed ({@link SealedCue}) and the row opens it the first time {@link #cue()} is asked: only the rows a
 * screen shows need it, and sorting, searching and filtering never look at it (issue 13: about a hundred thousand
 * openings less before a list of 150,000 is usable). A row is immutable as seen from outside: asking the cue twice,
 * or from two threads, gives the same text. Equality and {@link #toString()} are those of the record it was, with
 * the cue's text; the hash leaves the cue out, so hashing a row opens nothing.
 */
public final class CaseloadRow {

    private final UUID id;
    private final String displayName;
    private final CandidateStatus status;
    private final UUID coachId;
    private final String coachName;
    private final RegisterStatus registerStatus;
    private final List<String> sectors;
    private final LocalDate lastContact;
    private final int completeness;
    private final List<String> warningKeys;
    private final boolean pupil;
    private final String fullName;
    /** The cue's text, or the {@link SealedCue} it is opened from once asked. */
    private volatile Object cue;

    /**
     * @param displayName  roepnaam + achternaam (see {@link nl.werkmap.domain.PersonName#listName}), else the full
     *                     name
     * @param coachName    null when no coach is assigned
     * @param lastContact  date of the latest coaching session, null if never seen
     * @param completeness 0..100, from {@link nl.werkmap.domain.rules.Completeness}
     * @param warningKeys  message keys of what needs attention: {@code contact.warning.*} and {@code proefplaatsing.*}
     * @param fullName     the full name, which search also matches
     * @param cue          the second cue that tells two people with the same name apart: birth year, or school for a
     *                     pupil; empty if neither is known
     */
    public CaseloadRow(UUID id, String displayName, CandidateStatus status, UUID coachId, String coachName,
                       RegisterStatus registerStatus, List<String> sectors, LocalDate lastContact, int completeness,
                       List<String> warningKeys, boolean pupil, String fullName, String cue) {
        this(id, displayName, status, coachId, coachName, registerStatus, sectors, lastContact, completeness,
                warningKeys, pupil, fullName, (Object) (cue == null ? "" : cue));
    }

    /** A row without a second cue (tests, callers that do not know it). */
    public CaseloadRow(UUID id, String displayName, CandidateStatus status, UUID coachId, String coachName,
                       RegisterStatus registerStatus, List<String> sectors, LocalDate lastContact, int completeness,
                       List<String> warningKeys, boolean pupil, String fullName) {
        this(id, displayName, status, coachId, coachName, registerStatus, sectors, lastContact, completeness,
                warningKeys, pupil, fullName, "");
    }

    /** A row whose cue is opened when first asked. */
    CaseloadRow(UUID id, String displayName, CandidateStatus status, UUID coachId, String coachName,
                RegisterStatus registerStatus, List<String> sectors, LocalDate lastContact, int completeness,
                List<String> warningKeys, boolean pupil, String fullName, SealedCue cue) {
        this(id, displayName, status, coachId, coachName, registerStatus, sectors, lastContact, completeness,
                warningKeys, pupil, fullName, (Object) Objects.requireNonNull(cue));
    }

    private CaseloadRow(UUID id, String displayName, CandidateStatus status, UUID coachId, String coachName,
                        RegisterStatus registerStatus, List<String> sectors, LocalDate lastContact, int completeness,
                        List<String> warningKeys, boolean pupil, String fullName, Object cue) {
        this.id = id;
        this.displayName = displayName;
        this.status = status;
        this.coachId = coachId;
        this.coachName = coachName;
        this.registerStatus = registerStatus;
        this.sectors = List.copyOf(sectors);
        this.lastContact = lastContact;
        this.completeness = completeness;
        this.warningKeys = List.copyOf(warningKeys);
        this.pupil = pupil;
        this.fullName = fullName;
        this.cue = cue;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public CandidateStatus status() {
        return status;
    }

    public UUID coachId() {
        return coachId;
    }

    public String coachName() {
        return coachName;
    }

    public RegisterStatus registerStatus() {
        return registerStatus;
    }

    public List<String> sectors() {
        return sectors;
    }

    public LocalDate lastContact() {
        return lastContact;
    }

    public int completeness() {
        return completeness;
    }

    public List<String> warningKeys() {
        return warningKeys;
    }

    public boolean pupil() {
        return pupil;
    }

    public String fullName() {
        return fullName;
    }

    /**
     * The second cue: birth year, or school for a pupil; empty if neither is known (or, for a row read with the
     * whole list, if its sealed birth date does not open: see {@link SealedCue}).
     */
    public String cue() {
        Object known = cue;
        if (known instanceof String text) {
            return text;
        }
        // Two threads may both open it; both get the same text, and a String is safe to hand over as it is.
        String opened = ((SealedCue) known).open(id);
        cue = opened;
        return opened;
    }

    /** Whether the cue is still sealed: nothing has asked for it yet (tests). */
    boolean cueSealed() {
        return cue instanceof SealedCue;
    }

    /** "Jan van den Berg (1998)": the name with its cue, for pickers and spoken labels. */
    public String nameWithCue() {
        String text = cue();
        return text.isEmpty() ? displayName : displayName + " (" + text + ")";
    }

    /** The same row with other warnings; a cue not opened yet stays sealed. */
    public CaseloadRow withWarningKeys(List<String> keys) {
        return new CaseloadRow(id, displayName, status, coachId, coachName, registerStatus, sectors, lastContact,
                completeness, keys, pupil, fullName, cue);
    }

    public boolean hasWarnings() {
        return !warningKeys.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // The cue last: rows of other candidates differ in their id first, so comparing them opens nothing.
        return o instanceof CaseloadRow r && Objects.equals(id, r.id) && Objects.equals(displayName, r.displayName)
                && status == r.status && Objects.equals(coachId, r.coachId)
                && Objects.equals(coachName, r.coachName) && registerStatus == r.registerStatus
                && sectors.equals(r.sectors) && Objects.equals(lastContact, r.lastContact)
                && completeness == r.completeness && warningKeys.equals(r.warningKeys) && pupil == r.pupil
                && Objects.equals(fullName, r.fullName) && cue().equals(r.cue());
    }

    /** Without the cue, which equal rows share anyway: hashing a row opens nothing. */
    @Override
    public int hashCode() {
        return Objects.hash(id, displayName, status, coachId, coachName, registerStatus, sectors, lastContact,
                completeness, warningKeys, pupil, fullName);
    }

    /** As the record it was: {@code CaseloadRow[id=..., ..., cue=...]}. */
    @Override
    public String toString() {
        return "CaseloadRow[id=" + id + ", displayName=" + displayName + ", status=" + status + ", coachId="
                + coachId + ", coachName=" + coachName + ", registerStatus=" + registerStatus + ", sectors="
                + sectors + ", lastContact=" + lastContact + ", completeness=" + completeness + ", warningKeys="
                + warningKeys + ", pupil=" + pupil + ", fullName=" + fullName + ", cue=" + cue() + "]";
    }
}
