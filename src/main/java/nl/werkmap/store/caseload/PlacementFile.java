package nl.werkmap.store.caseload;

import java.util.List;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.Placement;

/**
 * A placement with its employer and the people there (buddy, leidinggevende).
 *
 * @param employer null only if the employer row was deleted
 */
public record PlacementFile(Placement placement, Employer employer, List<EmployerContact> contacts) {

    public PlacementFile {
        contacts = List.copyOf(contacts);
    }
}
