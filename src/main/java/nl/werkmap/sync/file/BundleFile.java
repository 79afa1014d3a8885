package nl.werkmap.sync.file;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.security.PrivateFiles;
import nl.werkmap.sync.outbox.OutboxEntry;

/**
 * The {@code .werkmapbundle} file for offline transfer: the stored compact JWE bundles, one per line, exactly as
 * they would have been sent. Written to a temporary file and moved into place, so a half-written file never exists.
 */
public final class BundleFile {

    public static final String EXTENSION = ".werkmapbundle";

    private BundleFile() {
    }

    public static int write(Path file, List<OutboxEntry> bundles) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".werkmap-", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.US_ASCII)) {
            for (OutboxEntry bundle : bundles) {
                out.write(bundle.jwe());
                out.write('\n');
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // createTempFile already makes it 0600 on POSIX; said again here, because the bundle leaves the data folder.
        PrivateFiles.tighten(file);
        return bundles.size();
    }

    public static List<String> read(Path file) throws IOException {
        List<String> bundles = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            if (!line.isBlank()) {
                bundles.add(line.trim());
            }
        }
        return bundles;
    }
}
