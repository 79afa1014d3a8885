package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Zelfredzaamheid-Matrix snapshot. Domains that were not scored are simply absent from {@code scores}. Scores
 * for sensitive domains ({@link ZrmDomain#sensitive()}) are special-category data.
 *
 * @param scores score 1..5 per scored domain; an unmodifiable copy
 */
public record ZrmMeasurement(UUID id, UUID candidateId, LocalDate measuredOn, Map<ZrmDomain, Integer> scores) {
    public ZrmMeasurement {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(measuredOn, "measuredOn");
        EnumMap<ZrmDomain, Integer> copy = new EnumMap<>(ZrmDomain.class);
        if (scores != null) {
            scores.forEach((domain, score) -> {
                Require.nonNull(domain, "ZRM domain");
                Require.nonNull(score, "ZRM score for " + domain);
                ZrmScore.of(score);
                copy.put(domain, score);
            });
        }
        scores = Collections.unmodifiableMap(copy);
    }

    /** The score of a domain, or null if it was not scored. */
    public Integer score(ZrmDomain domain) {
        return scores.get(domain);
    }
}
