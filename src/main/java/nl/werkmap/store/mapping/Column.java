package nl.werkmap.store.mapping;

import java.util.function.Function;

/**
 * One column of an entity table as the store writes it: its SQL name, whether it is sealed (a BLOB holding the
 * AES-GCM sealed text form) or plain, and how to take its value from the domain object.
 *
 * @param getter returns a String, number, Boolean, UUID, enum, LocalDate(Time) or collection; see {@link StoredForm}
 */
public record Column<T>(String name, boolean sealed, Function<T, ?> getter) {

    public static <T> Column<T> plain(String name, Function<T, ?> getter) {
        return new Column<>(name, false, getter);
    }

    public static <T> Column<T> sealed(String name, Function<T, ?> getter) {
        return new Column<>(name, true, getter);
    }

    /** The value as SQL takes it for a plain column, or the plaintext to seal for a sealed one. */
    Object sqlValue(T entity) {
        Object value = StoredForm.sqlValue(getter.apply(entity));
        return sealed ? StoredForm.text(value) : value;
    }
}
