package nl.werkmap.store.changelog;

/**
 * One changed field of one entity row, in its stored form: the UTF-8 text of a plain column or the sealed bytes
 * of a sealed one (null when the field was cleared).
 */
public record FieldChange(String entity, String entityId, String field, byte[] value, boolean sealed) {
}
