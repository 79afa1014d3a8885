package nl.werkmap.hub.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import nl.werkmap.security.PrivateFiles;
import nl.werkmap.security.TamperedFieldException;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;

/**
 * The hub's backup file: a consistent copy of the SQLite database (VACUUM INTO), encrypted. The file starts with a
 * line {@value #MAGIC} and a line of JSON naming the format, the data key it needs (its key id, never the key) and
 * the municipality, and carrying the hub's keyring (the data key wrapped under the hub passphrase, as in
 * {@code hub_keyring}), so a backup can be restored with the passphrase alone. Then the database, sealed with
 * AES-256-GCM under the hub's data key in 1 MiB chunks, the two header lines bound to every chunk
 * ({@link Vault#sealStream}). The copy in plain is only ever a 0600 file next to the target, removed at once.
 *
 * <p>A restore opens the keyring with the passphrase, checks the key id, decrypts every chunk into a private file
 * next to the target and checks that it is a hub database holding that very keyring; only then is it moved into
 * place. A tampered, cut-off or foreign backup, or a wrong passphrase, is refused and nothing is changed.
 */
public final class HubBackup {

    static final String MAGIC = "WERKMAP-HUB-BACKUP";
    static final String FORMAT = "werkmap-hub-backup";
    static final int VERSION = 1;
    private static final int MAX_HEADER = 64 * 1024;
    private static final Gson GSON = new Gson();

    /** The JSON line; {@code cipher} names the sealing of the rest. */
    record Header(String format, int version, String cipher, String keyId, String municipality, String createdAt,
                  String keyring) {
    }

    private HubBackup() {
    }

    /** Writes the encrypted backup of {@code db} (SQLite) to {@code target}, which must not exist yet. */
    public static void write(HubDatabase db, HubKeyStore keys, String municipality, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Vault vault = keys.vault();
        String keyring = db.read(HubKeySealing::storedKeyring);
        Path plain = sibling(target, ".kopie-tmp");
        // VACUUM INTO accepts an empty file: made 0600 first, the plain copy is never readable by others.
        PrivateFiles.createFile(plain);
        try {
            db.exclusive(dsl -> dsl.execute("VACUUM INTO ?", plain.toAbsolutePath().toString()));
            byte[] header = header(new Header(FORMAT, VERSION, "A256GCM-1MiB-chunks", vault.keyId(), municipality,
                    Instant.now().toString(), keyring));
            PrivateFiles.createFile(target);
            try (OutputStream out = Files.newOutputStream(target);
                 InputStream in = new BufferedInputStream(Files.newInputStream(plain))) {
                out.write(header);
                vault.sealStream(header, in, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /**
     * Restores {@code backup} as the SQLite hub database {@code target}, which must not exist. {@code municipality}
     * (may be null) must match the backup's. The caller clears {@code passphrase}.
     *
     * @throws HubBackupRefusedException with a Dutch message; nothing has changed then
     */
    public static String restore(Path backup, Path target, char[] passphrase, String municipality) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            if (Files.exists(Path.of(target + suffix))) {
                throw new HubBackupRefusedException("Er staat al een hub-database op " + target + suffix + ". Stop de"
                        + " hub en zet dat bestand opzij (niet weggooien), en zet dan de reservekopie terug.");
            }
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(backup))) {
            byte[] header = readHeader(in, backup);
            Header parsed = parse(header, backup);
            if (municipality != null && !municipality.equals(parsed.municipality())) {
                throw new HubBackupRefusedException("De reservekopie " + backup + " hoort bij " + parsed.municipality()
                        + ", niet bij " + municipality + ". Er is niets teruggezet.");
            }
            Vault vault;
            try {
                vault = Vault.unlockDetached(parsed.keyring(), "in de reservekopie " + backup, passphrase);
            } catch (WrongPassphraseException e) {
                throw new HubBackupRefusedException("Het hub-wachtwoord past niet bij de reservekopie " + backup
                        + ". Gebruik het wachtwoord dat de hub had toen de kopie werd gemaakt. Er is niets"
                        + " teruggezet.", e);
            } catch (RuntimeException e) {
                throw tampered(backup, e);
            }
            try {
                if (!vault.keyId().equals(parsed.keyId())) {
                    throw foreign(backup, null);
                }
                Path restoring = sibling(target, ".terugzetten-tmp");
                Path folder = target.toAbsolutePath().getParent();
                if (folder != null && !Files.isDirectory(folder)) {
                    PrivateFiles.createFolder(folder);
                }
                PrivateFiles.createFile(restoring);
                boolean moved = false;
                try {
                    try (OutputStream out = Files.newOutputStream(restoring)) {
                        vault.openStream(header, in, out);
                    } catch (TamperedFieldException e) {
                        throw tampered(backup, e);
                    }
                    checkDatabase(restoring, parsed, backup);
                    Files.move(restoring, target, StandardCopyOption.ATOMIC_MOVE);
                    moved = true;
                } finally {
                    if (!moved) {
                        Files.deleteIfExists(restoring);
                    }
                }
            } finally {
                vault.lock();
            }
            return parsed.municipality();
        }
    }

    /** The restored file must be a hub database that holds the keyring the header named. */
    private static void checkDatabase(Path file, Header header, Path backup) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("SELECT keyring FROM hub_keyring WHERE id = 1")) {
            if (!r.next() || !header.keyring().equals(r.getString(1))) {
                throw foreign(backup, null);
            }
        } catch (SQLException e) {
            throw tampered(backup, e);
        }
    }

    private static byte[] header(Header header) {
        return (MAGIC + "\n" + GSON.toJson(header) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The two header lines, as bytes: the magic line and the JSON line. */
    private static byte[] readHeader(InputStream in, Path backup) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int lines = 0;
        while (lines < 2) {
            int b = in.read();
            if (b < 0 || header.size() >= MAX_HEADER) {
                throw notABackup(backup);
            }
            header.write(b);
            if (b == '\n') {
                lines++;
                if (lines == 1 && !header.toString(StandardCharsets.UTF_8).equals(MAGIC + "\n")) {
                    throw notABackup(backup);
                }
            }
        }
        return header.toByteArray();
    }

    private static Header parse(byte[] header, Path backup) {
        String json = new String(header, StandardCharsets.UTF_8).substring(MAGIC.length() + 1).trim();
        Header parsed;
        try {
            parsed = GSON.fromJson(json, Header.class);
        } catch (JsonParseException e) {
            throw tampered(backup, e);
        }
        if (parsed == null || parsed.keyring() == null || parsed.keyId() == null) {
            throw tampered(backup, null);
        }
        if (!FORMAT.equals(parsed.format()) || parsed.version() != VERSION) {
            throw new HubBackupRefusedException("De reservekopie " + backup + " heeft formaat " + parsed.format() + " "
                    + parsed.version() + ", dat deze versie van Werkmap niet kent. Gebruik een nieuwere Werkmap."
                    + " Er is niets teruggezet.");
        }
        return parsed;
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling(target.getFileName() + suffix);
    }

    private static HubBackupRefusedException notABackup(Path backup) {
        return new HubBackupRefusedException(backup + " is geen reservekopie van een Werkmap-hub (of een kopie uit"
                + " een oudere versie, die nog onversleuteld was: die zet je terug door het bestand als hub.db neer te"
                + " zetten). Er is niets teruggezet.");
    }

    private static HubBackupRefusedException tampered(Path backup, Throwable cause) {
        return new HubBackupRefusedException("De reservekopie " + backup + " is beschadigd of veranderd en wordt"
                + " niet teruggezet. Er is niets veranderd. Gebruik een andere (oudere) reservekopie.", cause);
    }

    private static HubBackupRefusedException foreign(Path backup, Throwable cause) {
        return new HubBackupRefusedException("De reservekopie " + backup + " is niet met de sleutel van deze hub"
                + " gemaakt (hij hoort bij een andere hub, of is in elkaar gezet uit twee kopieën) en wordt niet"
                + " teruggezet. Er is niets veranderd.", cause);
    }
}
