package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person at the employer around one placement: above all the buddy, who is reachable every day for the placed
 * candidate, and the leidinggevende.
 *
 * @param availability when this person can be reached, free text ("ma-do tot 15:00")
 * @param lastContact  the last day the coach spoke with this person, null if never
 */
public record EmployerContact(
        UUID id,
        UUID placementId,
        String name,
        ContactRole role,
        String phone,
        String email,
        String availability,
        String notes,
        LocalDate lastContact) {

    public EmployerContact {
        Require.nonNull(id, "id");
        Require.nonNull(placementId, "placementId");
    }
}
