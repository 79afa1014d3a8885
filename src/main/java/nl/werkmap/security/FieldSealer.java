package nl.werkmap.security;

/**
 * Seals and opens one personal field of one row. The table, column and row id are bound to the sealed bytes, so a
 * value copied to another row or column does not open. Thread-safe; refuses with {@link VaultLockedException} once
 * the vault that handed it out is locked (also for {@code null}, so a locked vault behaves the same for every
 * field).
 */
public interface FieldSealer {

    /** Returns {@code null} for {@code null}, otherwise fresh bytes (random nonce) even for the same text. */
    byte[] seal(String table, String column, String rowId, String plaintext);

    /** Returns {@code null} for {@code null}; throws {@link TamperedFieldException} if the bytes fail their check. */
    String open(String table, String column, String rowId, byte[] sealed);
}
