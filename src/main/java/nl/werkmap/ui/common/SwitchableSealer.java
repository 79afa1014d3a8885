package nl.werkmap.ui.common;

import java.util.Objects;

import nl.werkmap.security.FieldSealer;

/**
 * The sealer the open store keeps for its whole life. While the vault is locked it delegates to the locked vault's
 * sealer, which refuses every call; unlocking again switches it to the new vault's sealer. This way the store, the
 * screens and their unsaved input survive a lock without reopening anything.
 */
final class SwitchableSealer implements FieldSealer {

    private volatile FieldSealer current;

    SwitchableSealer(FieldSealer first) {
        this.current = Objects.requireNonNull(first);
    }

    void use(FieldSealer sealer) {
        current = Objects.requireNonNull(sealer);
    }

    @Override
    public byte[] seal(String table, String column, String rowId, String plaintext) {
        return current.seal(table, column, rowId, plaintext);
    }

    @Override
    public String open(String table, String column, String rowId, byte[] sealed) {
        return current.open(table, column, rowId, sealed);
    }
}
