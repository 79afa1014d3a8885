package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate's decision, for one purpose, to give or refuse consent (AVG). The latest decision per purpose holds.
 */
public record Consent(UUID id, UUID candidateId, ConsentPurpose purpose, boolean given, LocalDate decidedOn) {
    public Consent {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(purpose, "purpose");
    }
}
