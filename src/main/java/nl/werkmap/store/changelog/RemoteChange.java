package nl.werkmap.store.changelog;

/**
 * A field change that arrived from another device (through the hub or a bundle file), in stored form.
 *
 * @param value UTF-8 text for a plain column, the sealed bytes for a sealed column, null when cleared
 */
public record RemoteChange(String entity, String entityId, String field, byte[] value, boolean sealed, String hlc,
                           String deviceId) {
}
