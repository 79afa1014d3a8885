package nl.werkmap.domain.avg;

import java.time.LocalDate;
import java.util.UUID;


/**
 * The candidate's own statement on one record of their file (correction or objection, AVG art. 16 and 21). It does
 * not change the record; it is shown beside it and goes with every later share of it.
 *
 * @param recordEntity the record's kind as the sync protocol names it ("coaching_session", "zrm_measurement")
 */
public record Zienswijze(UUID id, UUID candidateId, String recordEntity, UUID recordId, String text,
                         LocalDate givenOn) {
    public Zienswijze {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(candidateId, "candidateId");
        java.util.Objects.requireNonNull(recordEntity, "recordEntity");
        java.util.Objects.requireNonNull(recordId, "recordId");
    }
}
