package nl.werkmap.store.changelog;

/**
 * A change-log row as the sync outbox reads it.
 *
 * @param seq      local order of writing; what {@link ChangeLog#markSent} refers to
 * @param value    the stored form: UTF-8 text for plain columns, sealed bytes when {@code sealed}
 * @param hlc      hybrid logical clock stamp of the write
 * @param deviceId the device that made the change
 */
public record ChangeEntry(long seq, String entity, String entityId, String field, byte[] value, boolean sealed,
                          String hlc, String deviceId) {
}
