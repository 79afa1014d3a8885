package nl.werkmap.ui.common;

/** Writes one record to the store; run by view models in the background. */
@FunctionalInterface
public interface SaveAction<T> {
    void save(T value) throws Exception;
}
