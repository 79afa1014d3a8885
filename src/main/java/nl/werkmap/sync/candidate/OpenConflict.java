package nl.werkmap.sync.candidate;

import java.time.Instant;

/**
 * One unresolved conflict on a candidate's row, opened for the screen: the value the caseload now holds and the
 * one that lost, in plain text (sealed values are opened only for this, never stored open). {@code otherByThisLaptop}
 * says whether the losing value was typed here; {@code otherWrittenAt} is when it was written (from its clock stamp).
 */
public record OpenConflict(String id, String entity, String entityId, String field, String keptValue,
                           String otherValue, boolean otherByThisLaptop, String otherDevice, Instant otherWrittenAt,
                           Instant detectedAt) {
}
