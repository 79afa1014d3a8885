package nl.werkmap.service;

/**
 * Called by a service just before each record it writes inside its transaction, naming the record. Production
 * passes {@link #NONE}; tests pass one that throws at a chosen step, to show that a half-done action leaves nothing
 * behind and that retrying it makes no second record.
 */
@FunctionalInterface
interface WriteStep {

    WriteStep NONE = record -> {
    };

    void before(String record);
}
