package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubTls;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.device.HubClients;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.device.SyncIdentityStore;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * {@code enroll --data DIR --hub URL --code CODE [--name N] [--trust-cert hub.crt]}: enrols this caseload at the
 * municipality hub with a one-time code and prints the hub fingerprint to compare with the administrator. A hub
 * certificate given with {@code --trust-cert} is kept with the enrolment (see {@link HubCertificateTrust}).
 */
public final class EnrollCommand implements Command {

    private final InputStream stdin;

    public EnrollCommand() {
        this(System.in);
    }

    public EnrollCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "enroll";
    }

    @Override
    public String summary() {
        return "meldt deze caseload aan bij de gemeentehub met een aanmeldcode";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("enroll --hub URL --code CODE [--name NAAM] [--trust-cert hub.crt] [--data MAP]"
                + " [--passphrase-file BESTAND]")
                + "Meldt deze caseload aan bij de gemeentehub. De beheerder geeft je de aanmeldcode (hub enroll-code)"
                + " en vergelijkt daarna de vingerafdruk die dit commando toont.\n"
                + "  --hub URL               het adres van de hub, bijv. https://werkmap.gemeente.nl:8443\n"
                + "  --code CODE             de eenmalige aanmeldcode van de beheerder\n"
                + "  --name NAAM             de naam van deze laptop in de lijst van de beheerder (standaard je"
                + " gebruikersnaam)\n"
                + "  --trust-cert hub.crt    het certificaat van een hub met een zelfondertekend certificaat; Werkmap"
                + " onthoudt het voor later\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "hub", "code", "name", "trust-cert", "passphrase-file");
        String hub = options.require("hub");
        Optional<X509Certificate> certificate = HubCertificateTrust.fromOption(options, "trust-cert");
        String pem = certificate.map(HubTls::pem).orElse(null);
        try (Unlocked caseload = Unlocked.open(options, stdin)) {
            SyncIdentity identity;
            try {
                identity = Enroller.enroll(caseload.store(), caseload.vault().sealer(),
                        new HubClient(hub, HubTls.trusting(pem), HubClients.TIMEOUT), hub, options.require("code"),
                        options.get("name").orElse(System.getProperty("user.name", "laptop")));
            } catch (HubUnavailableException e) {
                if (HubTls.untrustedCertificate(e)) {
                    throw new UsageException(untrusted(hub, pem));
                }
                throw e;
            }
            // Kept with the enrolment, as the app's dialog does; null (no option) means the system's authorities.
            new SyncIdentityStore(caseload.store(), caseload.vault().sealer()).trustCertificate(pem);
            out.println("Aangemeld bij " + identity.municipality() + " als " + identity.role() + " in team "
                    + identity.team() + ".");
            out.println("Vingerafdruk van de hub: " + SyncKeys.fingerprint(identity.hubSigningKey()));
            out.println("Vergelijk die met wat de beheerder ziet; wijkt hij af, trek dit apparaat dan in.");
            certificate.ifPresent(c -> out.println(HubCertificateTrust.stored(c)));
            return 0;
        }
    }

    private static String untrusted(String hub, String pem) {
        Optional<X509Certificate> shown = PresentedCertificate.of(hub);
        if (pem != null && shown.isPresent()) {
            return "Aanmelden is niet gelukt en er is niets opgeslagen. " + HubCertificateTrust.hubShowsAnother(pem,
                    shown.get()).replace("--replace-trust-cert", "--trust-cert");
        }
        return "De hub gebruikt een certificaat dat deze computer niet kent" + shown.map(c -> " (SHA-256 "
                + HubTls.fingerprint(c) + ")").orElse("") + ". Vraag de beheerder om het bestand hub.crt, vergelijk de"
                + " vingerafdruk met die van de beheerder en meld opnieuw aan met --trust-cert hub.crt. Er is niets"
                + " opgeslagen.";
    }

    /** The caseload of {@code --data DIR}, unlocked with the passphrase from file or standard input. */
    record Unlocked(Vault vault, CaseloadStore store) implements AutoCloseable {

        static Unlocked open(Options options, InputStream stdin) {
            Path dir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
            Path keyring = dir.resolve(DataDirectory.KEYRING_FILE);
            if (!Vault.exists(keyring)) {
                throw new UsageException("In " + dir + " staat geen caseload. Start Werkmap eerst en maak een"
                        + " caseload aan, of geef de juiste --data MAP.");
            }
            char[] passphrase = PassphraseSource.read(options, stdin);
            try {
                // Through CaseloadFolder: a damaged caseload or a foreign keyring is refused at unlock.
                CaseloadFolder.Opened opened = new CaseloadFolder(keyring, dir.resolve(DataDirectory.DATABASE_FILE))
                        .unlock(passphrase);
                return new Unlocked(opened.vault(), opened.store());
            } catch (WrongPassphraseException e) {
                throw new UsageException("Het wachtwoord klopt niet. Probeer het opnieuw.");
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }

        @Override
        public void close() {
            store.close();
            vault.lock();
        }
    }
}
