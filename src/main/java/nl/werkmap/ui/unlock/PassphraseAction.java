package nl.werkmap.ui.unlock;

import nl.werkmap.store.db.OpenProgress;

/**
 * What to do with a typed passphrase, in the background: create, unlock or re-unlock the vault. {@code progress}
 * hears what a long opening is busy with (the conversion after an update), from the background thread.
 */
@FunctionalInterface
public interface PassphraseAction {
    void perform(char[] passphrase, OpenProgress progress) throws Exception;
}
