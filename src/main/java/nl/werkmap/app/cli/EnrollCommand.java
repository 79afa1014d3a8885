package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * {@code enroll --data DIR --hub URL --code CODE [--name N] [--trust-cert hub.crt]}: enrols this caseload at the
 * municipality hub with a one-time code and prints the hub fingerprint to compare with the administrator.
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
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "hub", "code", "name", "trust-cert", "passphrase-file");
        String hub = options.require("hub");
        try (Unlocked caseload = Unlocked.open(options, stdin)) {
            SyncIdentity identity = Enroller.enroll(caseload.store(), caseload.vault().sealer(),
                    client(hub, options), hub, options.require("code"),
                    options.get("name").orElse(System.getProperty("user.name", "laptop")));
            out.println("Aangemeld bij " + identity.municipality() + " als " + identity.role() + " in team "
                    + identity.team() + ".");
            out.println("Vingerafdruk van de hub: " + SyncKeys.fingerprint(identity.hubSigningKey()));
            out.println("Vergelijk die met wat de beheerder ziet; wijkt hij af, trek dit apparaat dan in.");
            return 0;
        }
    }

    static HubClient client(String hubUrl, Options options) throws Exception {
        if (options.get("trust-cert").isEmpty()) {
            return new HubClient(hubUrl, null, Duration.ofSeconds(30));
        }
        Path certificate = Path.of(options.require("trust-cert"));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("hub", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return new HubClient(hubUrl, tls, Duration.ofSeconds(30));
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
            Vault vault;
            try {
                vault = Vault.unlock(keyring, passphrase);
            } catch (WrongPassphraseException e) {
                throw new UsageException("Het wachtwoord klopt niet. Probeer het opnieuw.");
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
            return new Unlocked(vault, CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer()));
        }

        @Override
        public void close() {
            store.close();
            vault.lock();
        }
    }
}
