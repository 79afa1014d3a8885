package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One measurement of the candidate's rung on the participatieladder. */
public record LadderMeasurement(UUID id, UUID candidateId, LocalDate measuredOn, Participatieladder rung) {
    public LadderMeasurement {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(measuredOn, "measuredOn");
        Require.nonNull(rung, "rung");
    }
}
