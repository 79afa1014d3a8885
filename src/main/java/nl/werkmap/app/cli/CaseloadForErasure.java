package nl.werkmap.app.cli;

import java.nio.file.Path;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.app.config.EffectiveSettings;
import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadFolder;

/** Opens a caseload with its sealer for 'bewaartermijn' and 'wis', and the retention periods this machine uses. */
final class CaseloadForErasure {

    private CaseloadForErasure() {
    }

    static CaseloadFolder.Opened open(Path dataDir, char[] passphrase) {
        Path keyring = dataDir.resolve(DataDirectory.KEYRING_FILE);
        if (!Vault.exists(keyring)) {
            throw new UsageException("In " + dataDir + " staat geen Werkmap-caseload. Controleer --data.");
        }
        try {
            return new CaseloadFolder(keyring, dataDir.resolve(DataDirectory.DATABASE_FILE)).checkedAtEveryOpen()
                    .unlock(passphrase);
        } catch (WrongPassphraseException e) {
            throw new UsageException("Het wachtwoord klopt niet. Probeer het opnieuw.");
        }
    }

    /** The periods IT set in werkmap.properties (retention-years, retention-years-uwv), else the defaults. */
    static RetentionPolicy policy() {
        return EffectiveSettings.resolve(MachineConfig.loadForThisMachine(), java.util.Map.of()).retentionPolicy();
    }
}
