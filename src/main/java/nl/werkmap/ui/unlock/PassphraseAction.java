package nl.werkmap.ui.unlock;

/** What to do with a typed passphrase, in the background: create, unlock or re-unlock the vault. */
@FunctionalInterface
public interface PassphraseAction {
    void perform(char[] passphrase) throws Exception;
}
