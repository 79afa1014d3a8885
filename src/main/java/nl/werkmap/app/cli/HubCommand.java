package nl.werkmap.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.Receipt;
import nl.werkmap.hub.http.HubLimits;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.http.SelfSignedCertificate;
import nl.werkmap.hub.http.TlsSettings;
import nl.werkmap.hub.store.HubBackup;
import nl.werkmap.hub.store.HubBackupRefusedException;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubLockedException;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.hub.store.RegisteredDevice;
import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * {@code java -jar werkmap.jar hub ACTION ...}: runs and administers the municipality hub. The database is
 * {@code --db-file FILE} (SQLite, default {@code hub.db}) or {@code --db jdbc:postgresql://...} with
 * {@code --db-user} and {@code --db-password-file}. Actions that use the hub's private keys (serve, import,
 * rotate-key, backup, restore, fingerprint, change-passphrase) need the hub passphrase: {@code --passphrase-file F} or the
 * environment variable {@code WERKMAP_HUB_PASSPHRASE}.
 */
public final class HubCommand implements Command {

    private final ConsolePrompt prompt;
    /** The hubs the running action opened; closed when it ends. */
    private final java.util.ArrayDeque<Hub> opened = new java.util.ArrayDeque<>();

    public HubCommand() {
        this(ConsolePrompt.system());
    }

    HubCommand(ConsolePrompt prompt) {
        this.prompt = prompt;
    }

    private static final List<String> DB_OPTIONS = List.of("data", "db", "db-file", "db-user", "db-password-file", "municipality");

    @Override
    public String name() {
        return "hub";
    }

    @Override
    public String summary() {
        return "gemeentehub: serve, cert, enroll-code, devices, revoke, assign, counts, bewaartermijn, wis, backup,"
                + " restore, rotate-key, import, fingerprint, change-passphrase, clock-margin, repair-clock, toegangslog,"
                + " inzage ('hub --help' toont alle opties)";
    }

    @Override
    public String usage() {
        return HubUsage.all();
    }

    @Override
    public String usage(List<String> args) {
        return HubUsage.forArguments(args);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("Welke hub-actie? " + HubUsage.all());
        }
        String action = args.get(0);
        if (action.equals("help") || HelpOption.asked(args)) {
            out.print(HubUsage.forArguments(args));
            return 0;
        }
        Options options = Options.parse(args.subList(1, args.size()), "dry-run", "ja");
        // A mistake on a hub that did not exist yet (no --municipality, a wrong role) leaves no half-made hub behind.
        Optional<NewHubFiles> fresh = NewHubFiles.before(options.get("db").isPresent() ? null : sqlitePath(options));
        try {
            return runAction(action, options, out, err);
        } catch (UsageException e) {
            closeOpened();
            if (fresh.isPresent()) {
                try {
                    fresh.get().remove();
                } catch (java.io.UncheckedIOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        } finally {
            closeOpened();
        }
    }

    /**
     * Closes every hub this action opened (its database connections, its WAL checkpointer, the key that opens its
     * private keys): an action that returns leaves nothing running or writing in the data directory.
     */
    private void closeOpened() {
        while (!opened.isEmpty()) {
            opened.removeLast().close();
        }
    }

    private int runAction(String action, Options options, PrintStream out, PrintStream err) throws Exception {
        switch (action) {
            case "cert" -> {
                options.allowOnly("out", "password-file", "host");
                Path file = Path.of(options.require("out"));
                List<String> hosts = Arrays.asList(options.get("host").orElse("localhost,127.0.0.1").split(","));
                var certificate = SelfSignedCertificate.write(file, firstLine(options.require("password-file")),
                        "Werkmap hub", hosts, Duration.ofDays(365));
                Path crt = Path.of(file + ".crt");
                Files.writeString(crt, "-----BEGIN CERTIFICATE-----\n"
                        + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n");
                out.println("Zelfondertekend certificaat (1 jaar, alleen om te proberen) geschreven naar " + file);
                out.println("Geef " + crt + " aan de coaches: werkmap enroll ... --trust-cert " + crt.getFileName());
                out.println("SHA-256-vingerafdruk van het certificaat (de coaches zien dezelfde bij aanmelden): "
                        + nl.werkmap.sync.client.HubTls.fingerprint(certificate));
                return 0;
            }
            case "serve" -> {
                allow(options, "host", "port", "keystore", "keystore-password-file", "passphrase-file", "max-bundle-mb");
                HubLimits limits = bundleLimit(options);
                Hub hub = openWithKeys(options);
                Optional<TlsSettings> tls = options.get("keystore").map(k -> new TlsSettings(Path.of(k),
                        firstLine(options.require("keystore-password-file"))));
                if (tls.isEmpty() && !options.get("host").orElse("127.0.0.1").equals("127.0.0.1")) {
                    throw new UsageException("Zonder --keystore luistert de hub alleen op 127.0.0.1. Maak een"
                            + " certificaat met 'hub cert --out hub.p12 --password-file F'.");
                }
                String host = options.get("host").orElse("127.0.0.1");
                int port = options.intValue("port", 8443);
                try (HubServer server = startOrExplain(hub, host, port, tls, limits)) {
                    out.println("Hub voor " + hub.municipality() + " luistert op " + server.baseUrl());
                    out.println("Vingerafdruk hub-sleutel: " + hub.signingFingerprint());
                    new CountDownLatch(1).await();
                }
                return 0;
            }
            case "enroll-code" -> {
                allow(options, "name", "role", "team", "valid-hours", "passphrase-file");
                // With the passphrase (optional here) a new hub makes its keys now, so the first code can be issued.
                Hub hub = HubPassphrase.given(options) ? openWithKeys(options) : open(options);
                HubRole role;
                try {
                    role = HubRole.parse(options.require("role"));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                String fingerprint = hubFingerprint(hub);
                String code = hub.issueEnrollmentCode(options.require("name"), role, options.require("team"),
                        Duration.ofHours(options.intValue("valid-hours", 72)));
                out.println("Aanmeldcode (eenmalig, " + options.intValue("valid-hours", 72) + " uur geldig): " + code);
                out.println("Vingerafdruk hub-sleutel ter controle: " + fingerprint);
                return 0;
            }
            case "devices" -> {
                allow(options);
                for (RegisteredDevice d : open(options).registry().devices()) {
                    out.printf("%s  %-20s %-10s %-12s %-24s %s%s%n", d.id(), d.coachName(), d.role().cliName(),
                            d.team(), d.name(), SyncKeys.fingerprint(d.signingKey()),
                            d.revoked() ? "  INGETROKKEN " + shownMoment(d.revokedAt()) : "");
                }
                return 0;
            }
            case "revoke" -> {
                allow(options);
                String id = single(options, "hub revoke APPARAAT-ID");
                if (!open(options).registry().revoke(id)) {
                    err.println("Geen actief apparaat met id " + id + ". Zie 'hub devices'.");
                    return 1;
                }
                out.println("Apparaat " + id + " is ingetrokken; zijn bundels worden vanaf nu geweigerd.");
                return 0;
            }
            case "assign", "transfer" -> {
                allow(options, "candidate", "coach");
                Hub hub = open(options);
                String coach = hub.registry().coachId(options.require("coach")).orElseThrow(() -> new UsageException(
                        "Onbekende coach '" + options.require("coach") + "'. Maak eerst een aanmeldcode voor hem of haar."));
                hub.assign(options.require("candidate"), coach);
                out.println("Kandidaat " + options.require("candidate") + " hoort nu bij coach " + coach
                        + "; de apparaten krijgen dit bij de volgende synchronisatie.");
                return 0;
            }
            case "bewaartermijn" -> {
                allow(options, "jaren", "jaren-uwv");
                return new HubRetentionActions(System.in, Clock.systemDefaultZone()).overview(open(options), options,
                        out);
            }
            case "wis" -> {
                allow(options, "candidate", "reden", "ja");
                return new HubRetentionActions(System.in, Clock.systemDefaultZone()).erase(open(options), options,
                        out, err);
            }
            case "counts" -> {
                allow(options);
                Map<String, Integer> counts = open(options).counts();
                counts.forEach((entity, count) -> out.printf("%-20s %d%n", entity, count));
                return 0;
            }
            case "backup" -> {
                // With the passphrase: a backup is only worth keeping if the keys in it can be opened.
                allow(options, "out", "passphrase-file");
                openWithKeys(options).backup(Path.of(options.require("out")));
                out.println("Reservekopie geschreven naar " + options.require("out"));
                return 0;
            }
            case "restore" -> {
                options.allowOnly("in", "data", "db-file", "municipality", "passphrase-file");
                Path backup = Path.of(options.require("in"));
                if (!Files.isRegularFile(backup)) {
                    throw new UsageException("De reservekopie " + backup + " bestaat niet. Controleer het pad.");
                }
                Path target = sqlitePath(options);
                char[] passphrase = HubPassphrase.read(options);
                try {
                    String municipality = HubBackup.restore(backup, target, passphrase,
                            options.get("municipality").orElse(null));
                    out.println("Reservekopie van " + municipality + " teruggezet als " + target + ". Start de hub"
                            + " met hetzelfde hub-wachtwoord.");
                } catch (HubBackupRefusedException e) {
                    throw new UsageException(e.getMessage());
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
                return 0;
            }
            case "rotate-key" -> {
                allow(options, "passphrase-file");
                var fresh = openWithKeys(options).keys().rotateEncryptionKey();
                out.println("Nieuwe gemeentesleutel " + SyncKeys.fingerprint(fresh) + " is actief. Oude bundels blijven"
                        + " leesbaar; apparaten nemen de nieuwe sleutel over bij hun volgende synchronisatie.");
                return 0;
            }
            case "change-passphrase" -> {
                allow(options, "passphrase-file", "new-passphrase-file");
                try (HubDatabase db = database(options)) {
                    return new HubPassphraseChange(prompt).run(options, db, out);
                }
            }
            case "fingerprint" -> {
                allow(options, "passphrase-file");
                out.println(openWithKeys(options).signingFingerprint());
                return 0;
            }
            case "import" -> {
                allow(options, "passphrase-file");
                HubImportFile file = HubImportFile.checked(Path.of(single(options, "hub import BESTAND.werkmapbundle")));
                Hub hub = openWithKeys(options);
                int[] failed = {0};
                file.eachLine(line -> {
                    try {
                        Receipt receipt = hub.inbox().receive(line, "file");
                        out.println("Bundel " + receipt.bundleId() + (receipt.duplicate() ? ": was al verwerkt"
                                : ": verwerkt, " + receipt.applied() + " wijzigingen"));
                    } catch (BundleRefusedException e) {
                        failed[0]++;
                        err.println("Geweigerd (" + e.code() + "): " + e.getMessage());
                    }
                });
                return failed[0] == 0 ? 0 : 1;
            }
            case "clock-margin" -> {
                allow(options);
                return HubClockCommand.margin(open(options), options.positional(), out);
            }
            case "repair-clock" -> {
                allow(options, "dry-run");
                return HubClockCommand.repair(open(options), Clock.systemUTC(), options.flag("dry-run"), out);
            }
            case "toegangslog", "inzage" -> {
                allow(options, "candidate", "as", "out", "reden", "passphrase-file");
                return new HubAvgActions(Clock.systemUTC()).run(action, openWithKeys(options), options, out);
            }
            default -> throw new UsageException("Onbekende hub-actie '" + action + "'. Zie '" + LauncherName.current()
                    + " hub --help' voor de acties.");
        }
    }

    /** Starts the server; a port that is taken or not allowed is the administrator's to fix, not a crash. */
    private static HubServer startOrExplain(Hub hub, String host, int port, Optional<TlsSettings> tls,
                                            HubLimits limits) {
        try {
            return HubServer.start(hub, Clock.systemUTC(), host, port, tls, nl.werkmap.hub.http.RequestHooks.NONE,
                    limits, HubInzage.documents(Clock.systemUTC()));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new UsageException("De hub kan niet luisteren op " + host + ":" + port + ": die poort is al"
                            + " in gebruik (draait de hub al?) of is niet toegestaan (onder 1024 alleen met extra"
                            + " rechten). Stop het andere programma of kies een andere --port.");
                }
            }
            throw e;
        }
    }

    /** {@code --max-bundle-mb N}: the largest up-bundle the hub reads, 1 to 2047 MB (default 256). */
    private static HubLimits bundleLimit(Options options) {
        int megabytes = options.intValue("max-bundle-mb", (int) (HubLimits.DEFAULT_MAX_BUNDLE_BYTES >> 20));
        if (megabytes < 1 || megabytes > 2047) {
            throw new UsageException("--max-bundle-mb moet tussen 1 en 2047 liggen, niet " + megabytes + ".");
        }
        return HubLimits.withMaxBundleBytes(Math.min((long) megabytes << 20, Integer.MAX_VALUE - 8));
    }

    private static void allow(Options options, String... extra) {
        String[] all = new String[DB_OPTIONS.size() + extra.length];
        DB_OPTIONS.toArray(all);
        System.arraycopy(extra, 0, all, DB_OPTIONS.size(), extra.length);
        options.allowOnly(all);
    }

    private static String single(Options options, String usage) {
        if (options.positional().size() != 1) {
            throw new UsageException("Gebruik: " + usage);
        }
        return options.positional().get(0);
    }

    /** Where the SQLite hub file is, without making anything. */
    private static Path sqlitePath(Options options) {
        return options.get("data").isPresent() ? Path.of(options.require("data")).resolve("hub.db")
                : Path.of(options.get("db-file").orElse("hub.db"));
    }

    /** {@code --data DIR} holds {@code hub.db} (as the systemd unit starts it); {@code --db-file F} names the file. */
    private static Path sqliteFile(Options options) {
        if (options.get("data").isPresent()) {
            Path dir = Path.of(options.require("data"));
            try {
                // Holds the hub's database and keys: only the hub's account may look in it.
                nl.werkmap.security.PrivateFiles.createFolder(dir);
            } catch (IOException e) {
                throw new UsageException("De hub-map " + dir + " kan niet worden aangemaakt (" + e.getMessage()
                        + "). Kies een map waarin de hub mag schrijven.");
            }
            return dir.resolve("hub.db");
        }
        return Path.of(options.get("db-file").orElse("hub.db"));
    }

    private static HubDatabase database(Options options) {
        return options.get("db").isPresent()
                ? HubDatabase.open(options.require("db"), options.get("db-user").orElse(null),
                        options.get("db-password-file").map(f -> new String(firstLine(f))).orElse(null))
                : HubDatabase.open("jdbc:sqlite:" + sqliteFile(options), null, null);
    }

    /** The hub without its private keys, for actions that need none. */
    private Hub open(Options options) {
        HubDatabase db = database(options);
        try {
            return kept(Hub.open(db, options.get("municipality").orElse(null), Clock.systemUTC()));
        } catch (IllegalStateException e) {
            db.close();
            throw new UsageException(withMunicipalityHint(e.getMessage(), options));
        }
    }

    private Hub kept(Hub hub) {
        opened.add(hub);
        return hub;
    }

    /** The hub with its private keys, unlocked by the hub passphrase. */
    private Hub openWithKeys(Options options) {
        char[] passphrase = HubPassphrase.read(options);
        HubDatabase db = database(options);
        try {
            return kept(Hub.open(db, options.get("municipality").orElse(null), Clock.systemUTC(), passphrase));
        } catch (IllegalStateException | HubLockedException e) {
            db.close();
            throw new UsageException(withMunicipalityHint(e.getMessage(), options));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Without --municipality the only way opening fails on the municipality is a new hub that has none yet: say
     * what the code is and that it is asked once.
     */
    private static String withMunicipalityHint(String message, Options options) {
        if (options.get("municipality").isPresent() || message == null || !message.contains("--municipality")) {
            return message;
        }
        return message + " Dat is de CBS-gemeentecode, bijv. GM0363; alleen de eerste keer nodig, daarna onthoudt de"
                + " hub hem.";
    }

    private static String hubFingerprint(Hub hub) {
        try {
            return hub.signingFingerprint();
        } catch (HubLockedException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static char[] firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst().orElse("").toCharArray();
        } catch (IOException e) {
            throw new UsageException("Het bestand " + file + " is niet te lezen: " + e.getMessage());
        }
    }

    /** A stored ISO instant as the admin reads it: 16-03-2026 10:42 in this machine's time zone. */
    static String shownMoment(String isoInstant) {
        try {
            return DutchDates.dateTime(java.time.LocalDateTime.ofInstant(java.time.Instant.parse(isoInstant),
                    java.time.ZoneId.systemDefault()));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            // Written by an older hub in another form: show it as stored rather than hide when it happened.
            return isoInstant;
        }
    }
}
