package nl.werkmap.ui.candidate;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.Weergave;
import nl.werkmap.report.export.ProfielPdf;
import nl.werkmap.service.ShareService;
import nl.werkmap.ui.common.Messages;

/**
 * Writes the employer's PDF of a recorded share to a file, on the worker thread: through a temporary file beside
 * it, so a failed write never leaves half a PDF under the chosen name.
 */
final class ProfielPdfBestand {

    private ProfielPdfBestand() {
    }

    /** The PDF is always in Dutch: it goes to a Dutch employer, whatever language the coach works in. */
    static void write(ShareService service, ProfielDeling d, File target) throws Exception {
        Weergave dutch = Messages.dutch()::text;
        var document = service.document(d, dutch);
        File tmp = File.createTempFile(".werkmap-profiel", ".tmp", target.getAbsoluteFile().getParentFile());
        try {
            try (OutputStream out = Files.newOutputStream(tmp.toPath())) {
                new ProfielPdf().write(document, out);
            }
            Files.move(tmp.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp.toPath());
        }
    }
}
