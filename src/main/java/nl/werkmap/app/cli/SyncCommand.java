package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubTls;
import nl.werkmap.sync.device.HubClients;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.device.SyncIdentityStore;
import nl.werkmap.sync.file.BundleFile;
import nl.werkmap.sync.outbox.Backoff;

/**
 * {@code sync --data DIR [--export FILE.werkmapbundle] [--trust-cert hub.crt | --replace-trust-cert hub.crt]}: one
 * sync round with the hub, or (with {@code --export}) write every change the hub has not acknowledged to a file for
 * offline transfer. A hub certificate given with {@code --trust-cert} is kept once the round reached the hub with it
 * (see {@link HubCertificateTrust}); later rounds, here and in the app, trust it without the option.
 */
public final class SyncCommand implements Command {

    private final InputStream stdin;

    public SyncCommand() {
        this(System.in);
    }

    public SyncCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "synchroniseert met de gemeentehub (--trust-cert hub.crt wordt onthouden), of exporteert een"
                + " bundelbestand (--export)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("sync [--export BESTAND.werkmapbundle] [--trust-cert hub.crt | --replace-trust-cert"
                + " NIEUW.crt] [--data MAP] [--passphrase-file BESTAND]")
                + "Synchroniseert deze caseload nu met de gemeentehub, of schrijft alle wijzigingen die de hub nog niet"
                + " heeft naar een bestand (voor een laptop zonder verbinding).\n"
                + "  --export BESTAND        schrijft een bundelbestand in plaats van te synchroniseren; de beheerder"
                + " leest het in met hub import\n"
                + "  --trust-cert hub.crt    het certificaat van een hub met een zelfondertekend certificaat; Werkmap"
                + " onthoudt het zodra de hub het laat zien\n"
                + "  --replace-trust-cert NIEUW.crt  vervangt het onthouden certificaat, nadat de hub een nieuw kreeg\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "export", "trust-cert", "replace-trust-cert",
                "passphrase-file");
        if (options.get("trust-cert").isPresent() && options.get("replace-trust-cert").isPresent()) {
            throw new UsageException("Geef --trust-cert of --replace-trust-cert, niet allebei.");
        }
        Optional<X509Certificate> given = HubCertificateTrust.fromOption(options, "trust-cert");
        Optional<X509Certificate> replacement = HubCertificateTrust.fromOption(options, "replace-trust-cert");
        try (EnrollCommand.Unlocked caseload = EnrollCommand.Unlocked.open(options, stdin)) {
            SyncIdentityStore identities = new SyncIdentityStore(caseload.store(), caseload.vault().sealer());
            String trusted = identities.trustedCertificate();
            if (given.isPresent() && trusted != null && !HubCertificateTrust.same(trusted, given.get())) {
                throw HubCertificateTrust.otherThanTrusted(trusted, given.get());
            }
            // Only a certificate this device does not trust yet is kept, and only once the hub showed it (below).
            Optional<X509Certificate> toKeep = replacement.isPresent() ? replacement
                    : trusted == null ? given : Optional.empty();
            String forThisRound = toKeep.map(HubTls::pem).orElse(trusted);
            SyncEngine engine = new SyncEngine(caseload.store(), caseload.vault().sealer(), Clock.systemUTC(),
                    Backoff.standard(), url -> new HubClient(url, HubTls.trusting(forThisRound), HubClients.TIMEOUT));
            if (options.get("export").isPresent()) {
                Path file = Path.of(options.require("export"));
                engine.seal();
                int count = BundleFile.write(file, engine.outbox().pending(false));
                out.println(counted(count, "bundel", "bundels") + " geschreven naar " + file + ". Geef dit bestand"
                        + " aan de beheerder (hub import); dubbel importeren kan geen kwaad.");
                return 0;
            }
            SyncReport report = engine.syncOnce(true);
            Optional<String> hubUrl = identities.load().map(SyncIdentity::hubUrl);
            if (toKeep.isPresent() && hubUrl.isPresent()) {
                keepIfShown(identities, toKeep.get(), report, hubUrl.get(), out, err);
            }
            out.println("Verstuurd: " + counted(report.bundlesSent(), "bundel", "bundels") + "; ontvangen: "
                    + counted(report.changesReceived(), "wijziging", "wijzigingen") + "; conflicten: "
                    + report.conflicts() + ".");
            if (!report.ok()) {
                err.println(report.error());
                if (forThisRound != null && toKeep.isEmpty() && hubUrl.isPresent()) {
                    PresentedCertificate.of(hubUrl.get()).filter(shown -> !HubCertificateTrust.same(forThisRound, shown))
                            .ifPresent(shown -> err.println(HubCertificateTrust.hubShowsAnother(forThisRound, shown)));
                }
                return 1;
            }
            return 0;
        }
    }

    /** "1 bundel", "3 bundels": the count in plain digits (scripts read it), the word in its number. */
    static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /**
     * Keeps the certificate once the hub is known to show it: a round that went through, or (when the round failed
     * for another reason, say a refused bundle) a look at the certificate the hub shows. A wrong file is not kept.
     */
    private static void keepIfShown(SyncIdentityStore identities, X509Certificate certificate, SyncReport report,
                                    String hubUrl, PrintStream out, PrintStream err) {
        boolean shown = report.ok() || PresentedCertificate.of(hubUrl)
                .filter(presented -> HubCertificateTrust.same(HubTls.pem(certificate), presented)).isPresent();
        if (shown) {
            identities.trustCertificate(HubTls.pem(certificate));
            out.println(HubCertificateTrust.stored(certificate));
        } else {
            err.println("Het hub-certificaat (SHA-256 " + HubTls.fingerprint(certificate) + ") is niet opgeslagen:"
                    + " de hub liet het niet zien of was niet bereikbaar. Geef --trust-cert de volgende keer opnieuw"
                    + " mee, of vraag de beheerder om het juiste hub.crt.");
        }
    }
}
