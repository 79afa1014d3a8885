package nl.werkmap.ui.candidate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.report.inzage.AccessLogCsv;

/**
 * The access log written as CSV from the Privacy tab, in the same columns as {@code toegangslog --out}: to a
 * temporary file beside the target first and then moved over it, so a failed write leaves no half file behind.
 */
final class AccessLogFile {

    private AccessLogFile() {
    }

    static void write(List<AccessEntry> entries, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".toegangslog-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                AccessLogCsv.write(entries.stream().map(AccessLogCsv::record).toList(), out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
