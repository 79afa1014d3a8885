package nl.werkmap.store.erasure;

import nl.werkmap.domain.retention.TrajectoryFacts;

/** One candidate whose trajectory may have ended, with the facts the retention rule needs; no personal data. */
public record RetentionRow(String candidateId, String coachId, boolean deleted, TrajectoryFacts facts) {
}
