package nl.werkmap.domain.profile;

import java.util.Objects;
import java.util.UUID;


/**
 * One job or internship someone did, with its ISCO-08 unit group so it can be matched to a baankans.
 *
 * @param iscoCode    a 4-digit ISCO-08 unit group (checked against the shipped list by the validator)
 * @param description the coach's words: where, what, how it went; free text, sealed
 * @param fromYear    the year it started, null if unknown
 * @param toYear      the year it ended, null while it runs or if unknown
 */
public record Werkervaring(UUID id, UUID candidateId, String iscoCode, String description, Integer fromYear,
                           Integer toYear) {

    public Werkervaring {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(candidateId, "candidateId");
    }
}
