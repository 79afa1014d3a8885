package nl.werkmap.sync.merge;

/** A field value that lost a concurrent edit; {@code losingValue} is plain text (opened if the column is sealed). */
public record Conflict(String id, String entity, String entityId, String field, String losingValue, String losingHlc,
                       String losingDevice, String winningHlc, String detectedAt) {
}
