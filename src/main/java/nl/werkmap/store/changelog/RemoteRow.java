package nl.werkmap.store.changelog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.werkmap.security.LoneSurrogates;

/**
 * One row write that arrived from another device: the fields one writer set on one row at one stamp, in stored
 * form, in the order they came. A down-bundle's change is such a write; the applier works row by row, so a first
 * sync's million fields no longer each become an object of their own that the applier then groups per row again.
 *
 * <p>Each field's value is one of: a {@code String}, a plain column's value as text; a {@code byte[]}, the sealed
 * bytes of a sealed column or a plain value as UTF-8 (text with an unpaired surrogate, which UTF-8 turns into '?',
 * comes this way, exactly as its UTF-8 was always stored); null, cleared.
 *
 * <p>The arrays are taken as they are, not copied, and never changed here: rows of one shape may share their field
 * names and sealed flags. Whoever hands them over must not change them afterwards.
 */
public final class RemoteRow {

    private final String entity;
    private final String entityId;
    private final String hlc;
    private final String deviceId;
    private final String[] fields;
    private final Object[] values;
    private final boolean[] sealed;

    /**
     * @param fields the field names in the order they came (a name may come twice: then as two changes in a row)
     * @param values per field: text, bytes or null, as the class says
     * @param sealed per field whether the value is sealed bytes
     */
    public RemoteRow(String entity, String entityId, String hlc, String deviceId, String[] fields, Object[] values,
                     boolean[] sealed) {
        if (fields.length != values.length || fields.length != sealed.length) {
            throw new IllegalArgumentException("A row write names each field once with its value and seal");
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v != null && !(v instanceof byte[]) && (sealed[i] || !(v instanceof String))) {
                throw new IllegalArgumentException("A value is text for a plain column or bytes: " + fields[i]);
            }
        }
        this.entity = entity;
        this.entityId = entityId;
        this.hlc = hlc;
        this.deviceId = deviceId;
        this.fields = fields;
        this.values = values;
        this.sealed = sealed;
    }

    /**
     * A plain column's value as this class carries it: the text when its UTF-8 gives it back unchanged, else (text
     * with an unpaired surrogate) that UTF-8, exactly as it was always stored; null stays null.
     */
    public static Object plain(String text) {
        return text == null || LoneSurrogates.firstIn(text) < 0 ? text : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Field changes as row writes, in the same order: each run of consecutive changes of one row at one stamp by one
     * writer is one write. The outcomes of {@link ChangeLog#applyRemoteRows} then come in the changes' order.
     */
    public static List<RemoteRow> of(List<RemoteChange> changes) {
        List<RemoteRow> rows = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= changes.size(); i++) {
            if (i == changes.size() || !sameWrite(changes.get(from), changes.get(i))) {
                rows.add(oneWrite(changes.subList(from, i)));
                from = i;
            }
        }
        return rows;
    }

    private static RemoteRow oneWrite(List<RemoteChange> write) {
        RemoteChange first = write.get(0);
        String[] names = new String[write.size()];
        Object[] values = new Object[write.size()];
        boolean[] sealed = new boolean[write.size()];
        for (int i = 0; i < write.size(); i++) {
            RemoteChange c = write.get(i);
            names[i] = c.field();
            values[i] = c.plainText() != null ? c.plainText() : c.value();
            sealed[i] = c.sealed();
        }
        return new RemoteRow(first.entity(), first.entityId(), first.hlc(), first.deviceId(), names, values, sealed);
    }

    private static boolean sameWrite(RemoteChange a, RemoteChange b) {
        return a.entityId().equals(b.entityId()) && a.hlc().equals(b.hlc()) && a.entity().equals(b.entity())
                && a.deviceId().equals(b.deviceId());
    }

    public String entity() {
        return entity;
    }

    public String entityId() {
        return entityId;
    }

    public String hlc() {
        return hlc;
    }

    public String deviceId() {
        return deviceId;
    }

    /** How many fields this write sets. */
    public int size() {
        return fields.length;
    }

    public String field(int i) {
        return fields[i];
    }

    public boolean sealed(int i) {
        return sealed[i];
    }

    /** The stored form of field {@code i}: UTF-8 of a plain value (encoded here when it is text), sealed bytes, or null. */
    public byte[] value(int i) {
        Object v = values[i];
        return v instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) v;
    }

    /** A plain value as text (decoded here when it came as UTF-8), or null when cleared. Not for sealed values. */
    String text(int i) {
        Object v = values[i];
        return v == null || v instanceof String ? (String) v : new String((byte[]) v, StandardCharsets.UTF_8);
    }

    /** The field names array itself: rows of one shape may share it (compared by identity first). */
    String[] fieldArray() {
        return fields;
    }

    /** Whether {@code other} is the same write: the same row, stamp and writer. */
    boolean sameWrite(RemoteRow other) {
        return entityId.equals(other.entityId) && hlc.equals(other.hlc) && entity.equals(other.entity)
                && deviceId.equals(other.deviceId);
    }

    @Override
    public String toString() {
        return entity + "/" + entityId + "@" + hlc + " by " + deviceId + " " + Arrays.toString(fields);
    }
}
