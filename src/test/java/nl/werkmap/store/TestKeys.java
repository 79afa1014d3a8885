package nl.werkmap.store;

import java.nio.file.Path;

import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;

/** Keyrings for {@link CaseloadFolder} tests at the test work factor, so a test can make many caseloads. */
class TestKeys implements CaseloadFolder.Keys {

    static final char[] PASSPHRASE = TestVaults.PASSPHRASE.toCharArray();

    @Override
    public Vault.Pending prepare(Path keyring, char[] passphrase) {
        return TestVaults.prepare(keyring, passphrase);
    }

    @Override
    public Vault unlock(Path keyring, char[] passphrase) throws WrongPassphraseException {
        return TestVaults.unlock(keyring, passphrase);
    }

    static CaseloadFolder folder(Path dir) {
        return folder(dir, step -> { });
    }

    static CaseloadFolder folder(Path dir, CaseloadFolder.StepHook hook) {
        return folder(dir, hook, java.time.Clock.systemUTC());
    }

    static CaseloadFolder folder(Path dir, CaseloadFolder.StepHook hook, java.time.Clock clock) {
        return new CaseloadFolder(dir.resolve("keyring.json"), dir.resolve("werkmap.db"), new TestKeys(), hook,
                clock);
    }

    /** The folder as opened tomorrow: the first open of a day runs quick_check. */
    static CaseloadFolder tomorrow(Path dir) {
        return folder(dir, step -> { }, java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.ofDays(1)));
    }
}
