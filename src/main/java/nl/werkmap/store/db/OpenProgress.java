package nl.werkmap.store.db;

/**
 * What the opening of a caseload is busy with when it takes long (the first opening after an update: the file
 * checked, copied to {@code backups/}, converted), for a screen to show. Called on the opening thread, in order;
 * {@link #backingUp} many times while the copy runs. Everyday openings call nothing.
 */
public interface OpenProgress {

    /** Reports nothing: for commands and tests that show no progress. */
    OpenProgress NONE = new OpenProgress() {
    };

    /** SQLite checks the whole file before it is converted (no measure of how far). */
    default void checking() {
    }

    /** The reserve copy made before the conversion: {@code copied} of {@code total} bytes so far. */
    default void backingUp(long copied, long total) {
    }

    /** The file is converted to this version's tables (no measure of how far; short next to the copy). */
    default void converting() {
    }
}
