package nl.werkmap.store.changelog;

import java.nio.charset.StandardCharsets;

import nl.werkmap.security.LoneSurrogates;

/**
 * A field change that arrived from another device (through the hub or a bundle file), in stored form.
 *
 * <p>A plain value may come as its text instead ({@link #ofText}): a down-bundle's JSON gives text, and the columns
 * take text, so a first sync's million plain fields were encoded to UTF-8 only to be decoded again for the column.
 * {@link #value()} gives the UTF-8 either way; {@link #text()} the text either way.
 *
 * @param value UTF-8 text for a plain column, the sealed bytes for a sealed column, null when cleared; null also when
 *              the plain value came as {@code plainText}
 * @param plainText a plain column's value as text when it came that way, else null; only text whose UTF-8 decodes to
 *                  the same text (no unpaired surrogate), so both forms are the same value
 */
public record RemoteChange(String entity, String entityId, String field, byte[] value, boolean sealed, String hlc,
                           String deviceId, String plainText) {

    public RemoteChange {
        if (plainText != null && (sealed || value != null)) {
            throw new IllegalArgumentException("A change carries its value once: as text only for a plain column");
        }
    }

    public RemoteChange(String entity, String entityId, String field, byte[] value, boolean sealed, String hlc,
                        String deviceId) {
        this(entity, entityId, field, value, sealed, hlc, deviceId, null);
    }

    /**
     * A plain column's change from its text: carried as text when its UTF-8 gives it back unchanged, else (text
     * with an unpaired surrogate, which UTF-8 turns into '?') as that UTF-8, exactly as before.
     */
    public static RemoteChange ofText(String entity, String entityId, String field, String text, String hlc,
                                      String deviceId) {
        if (text == null || LoneSurrogates.firstIn(text) < 0) {
            return new RemoteChange(entity, entityId, field, null, false, hlc, deviceId, text);
        }
        return new RemoteChange(entity, entityId, field, text.getBytes(StandardCharsets.UTF_8), false, hlc, deviceId,
                null);
    }

    /** The stored form: UTF-8 of a plain value (encoded here when it came as text), sealed bytes, or null. */
    @Override
    public byte[] value() {
        return plainText != null ? plainText.getBytes(StandardCharsets.UTF_8) : value;
    }

    /** A plain value as text (decoded here when it came as UTF-8), or null when cleared. Not for sealed values. */
    String text() {
        if (plainText != null) {
            return plainText;
        }
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
