package nl.werkmap.domain.share;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One share of a candidate's profile: what went to whom (employer and contact, or the werkgeversservicepunt when no
 * employer is named), why, which fields, on which day, and for a named view the candidate's consent for that
 * employer (how, when, until when) and its revocation. Revoking keeps the record; the record is the proof.
 *
 * @param employerId     null only for an anonymous view without a chosen employer
 * @param contactName    the person at the employer it went to; sealed
 * @param doel           why it was shared ("gesprek over de vacature keukenhulp"); sealed
 * @param toestemmingOp  the day the candidate agreed (named view)
 * @param verlooptOp     the last day the consent holds (named view)
 * @param ingetrokkenOp  the day the candidate took the consent back, null while it holds
 */
public record ProfielDeling(
        UUID id,
        UUID candidateId,
        DelingVorm vorm,
        UUID employerId,
        String contactName,
        String doel,
        Set<ProfielVeld> velden,
        LocalDate gedeeldOp,
        ToestemmingWijze toestemming,
        LocalDate toestemmingOp,
        LocalDate verlooptOp,
        LocalDate ingetrokkenOp) {

    public ProfielDeling {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(vorm, "vorm");
        velden = velden == null || velden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(velden));
    }

    /** Not revoked and, for a named view, the consent not expired on {@code today}. */
    public boolean actief(LocalDate today) {
        return ingetrokkenOp == null && (verlooptOp == null || !today.isAfter(verlooptOp));
    }

    /** The candidate's consent for this employer holds on {@code today} (named views only). */
    public boolean toestemmingGeldt(UUID employer, LocalDate today) {
        return vorm == DelingVorm.BENOEMD && Objects.equals(employerId, employer) && toestemming != null
                && toestemmingOp != null && !toestemmingOp.isAfter(today) && actief(today);
    }

    public ProfielDeling ingetrokken(LocalDate on) {
        return new ProfielDeling(id, candidateId, vorm, employerId, contactName, doel, velden, gedeeldOp, toestemming,
                toestemmingOp, verlooptOp, on);
    }
}
