package nl.werkmap.store.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Record;

import nl.werkmap.security.FieldSealer;

/**
 * One stored row as the repositories read it: plain columns in their domain types, sealed columns opened with the
 * table, column and row id that sealed them (so a value moved to another row or column fails to open).
 */
public final class StoredRow {

    private final String table;
    private final Record record;
    private final FieldSealer sealer;
    private final String rowId;

    public StoredRow(String table, Record record, FieldSealer sealer) {
        this.table = table;
        this.record = record;
        this.sealer = sealer;
        this.rowId = record.get(EntityTable.ID, String.class);
    }

    public UUID id() {
        return UUID.fromString(rowId);
    }

    public String text(String column) {
        Object v = record.get(column);
        return v == null ? null : StoredForm.text(v);
    }

    public UUID uuid(String column) {
        String v = text(column);
        return v == null ? null : UUID.fromString(v);
    }

    public Integer integer(String column) {
        return record.get(column, Integer.class);
    }

    public Double decimal(String column) {
        return record.get(column, Double.class);
    }

    public double decimal(String column, double whenNull) {
        Double v = decimal(column);
        return v == null ? whenNull : v;
    }

    public boolean flag(String column) {
        return Boolean.TRUE.equals(record.get(column, Boolean.class));
    }

    public LocalDate date(String column) {
        String v = text(column);
        return v == null ? null : LocalDate.parse(v);
    }

    public LocalDateTime moment(String column) {
        String v = text(column);
        return v == null ? null : LocalDateTime.parse(v);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = text(column);
        return v == null ? null : Enum.valueOf(type, v);
    }

    public List<String> list(String column) {
        String v = text(column);
        if (v == null || v.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(v.split(StoredForm.LIST_SEPARATOR))));
    }

    public <E extends Enum<E>> Set<E> enumSet(String column, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : list(column)) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }

    /** The plaintext of a sealed column, or null. */
    public String opened(String column) {
        return sealer.open(table, column, rowId, record.get(column, byte[].class));
    }

    public LocalDate openedDate(String column) {
        String v = opened(column);
        return v == null ? null : LocalDate.parse(v);
    }

    public Integer openedInteger(String column) {
        String v = opened(column);
        return v == null ? null : Integer.valueOf(v);
    }
}
