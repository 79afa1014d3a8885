package nl.werkmap.store.erasure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;

/**
 * The register of files Werkmap wrote for a candidate outside the caseload ({@code saved_file}, V45), and what the
 * erasure does with them. Decision (issue 16): Werkmap removes a file it wrote that is still where it wrote it and
 * unchanged (same SHA-256), since that file is nothing but Werkmap's own output; a file that changed since is the
 * coach's and is left, named; a file that is gone (moved, mailed, deleted) is named too, so the team lead knows which
 * copies to chase. Every outcome is reported to whoever erases and logged.
 */
public final class SavedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SavedFiles.class);
    private static final String TABLE = "saved_file";

    /** What the erasure did with one registered file. */
    public enum Fate {
        /** Still there and unchanged: removed. */
        REMOVED,
        /** Still there but changed since Werkmap wrote it: left for the coach to delete. */
        CHANGED,
        /** No longer where Werkmap wrote it (moved, mailed, deleted): any copy is out of reach. */
        GONE,
        /** There and unchanged, but removing it failed (rights, a locked file): delete it yourself. */
        NOT_REMOVED
    }

    /** One registered file and its fate. */
    public record Outcome(String what, Path path, Instant savedAt, Fate fate) {
    }

    private SavedFiles() {
    }

    /** Registers {@code file}, just written for {@code candidateId}, with its content's hash. */
    public static void register(CaseloadStore store, FieldSealer sealer, UUID candidateId, String what, Path file,
                                Instant now) throws IOException {
        String id = UUID.randomUUID().toString();
        byte[] path = sealer.seal(TABLE, "path", id, file.toAbsolutePath().normalize().toString());
        byte[] hash = sealer.seal(TABLE, "sha256", id, sha256(file));
        store.writeOwnTables(dsl -> dsl.execute("INSERT INTO " + TABLE + " (id, candidate_id, what, path, sha256,"
                + " saved_at) VALUES (?, ?, ?, ?, ?, ?)", id, candidateId.toString(), what, path, hash, now.toString()));
    }

    /**
     * The erasure's step for files: removes each registered file that is unchanged, then its register row (so a run
     * again after a crash does not remove a file a second time, and the row never outlives the step). Idempotent.
     */
    public static List<Outcome> removeFor(CaseloadStore store, FieldSealer sealer, String candidateId) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Entry entry : entries(store, sealer, candidateId)) {
            Fate fate = inspect(entry);
            if (fate == Fate.REMOVED) {
                try {
                    Files.delete(entry.path);
                } catch (IOException e) {
                    LOG.warn("Het bestand {} kon niet worden verwijderd ({}). Verwijder het zelf.", entry.path,
                            e.getMessage());
                    fate = Fate.NOT_REMOVED;
                }
            }
            if (fate != Fate.REMOVED) {
                LOG.warn("Na het wissen van een kandidaat staat er mogelijk nog een bestand buiten Werkmap: {} ({}).",
                        entry.path, fate);
            }
            outcomes.add(new Outcome(entry.what, entry.path, entry.savedAt, fate));
            store.writeOwnTables(dsl -> dsl.execute("DELETE FROM " + TABLE + " WHERE id = ?", entry.id));
        }
        return outcomes;
    }

    private record Entry(String id, String what, Path path, String sha256, Instant savedAt) {
    }

    private static List<Entry> entries(CaseloadStore store, FieldSealer sealer, String candidateId) {
        return store.read(dsl -> dsl.resultQuery("SELECT id, what, path, sha256, saved_at FROM " + TABLE
                + " WHERE candidate_id = ? ORDER BY saved_at", candidateId).fetch(r -> {
                    String id = r.get(0, String.class);
                    return new Entry(id, r.get(1, String.class),
                            Path.of(sealer.open(TABLE, "path", id, r.get(2, byte[].class))),
                            sealer.open(TABLE, "sha256", id, r.get(3, byte[].class)),
                            Instant.parse(r.get(4, String.class)));
                }));
    }

    /** REMOVED when the file is there unchanged (may be removed), CHANGED or GONE otherwise. */
    private static Fate inspect(Entry entry) {
        if (!Files.isRegularFile(entry.path)) {
            return Fate.GONE;
        }
        try {
            return sha256(entry.path).equals(entry.sha256) ? Fate.REMOVED : Fate.CHANGED;
        } catch (IOException e) {
            // Unreadable now: not proven to be Werkmap's unchanged output, so it is not removed.
            LOG.warn("Het bestand {} kon niet worden gelezen ({}).", entry.path, e.getMessage());
            return Fate.CHANGED;
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke Java-installatie te zitten.", e);
        }
    }
}
