package nl.werkmap.sync.protocol;

/**
 * A field value the hub found lost to a concurrent edit (the writer of the winner had not seen it), as a down-bundle
 * tells it to the devices that see the record, so the coach sees it there and can resolve it. {@code value} is the
 * losing value in plain text (sealed again by the device), {@code hlc} and {@code origin} its stamp and writer,
 * {@code winningHlc} the stamp of the value that beat it. {@code settled}: a later write replaced the losing value
 * knowingly, so the conflict is no longer open. One conflict is identified by entity, id, field and {@code hlc}.
 */
public record ConflictNote(String entity, String id, String field, String value, String hlc, String origin,
                           String winningHlc, boolean settled) {
}
