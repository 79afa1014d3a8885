package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DPIA pack says what this machine's configuration says, in Markdown and in a PDF/A of the same content. */
class DpiaCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void thePackDescribesTheConfigurationInForce(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("werkmap.properties");
        Files.writeString(config, "hub-address=https://werkmap.zwolle.nl:8443\nhub-address.locked=true\n"
                + "municipality-name=Gemeente Zwolle\nidle-lock-minutes=7\nidle-lock-minutes.locked=true\n");
        Path pdf = dir.resolve("dpia.pdf");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = new DpiaCommand(CLOCK).run(List.of("--out", pdf.toString(), "--config", config.toString()),
                new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, said.toString(StandardCharsets.UTF_8));

        String md = Files.readString(dir.resolve("dpia.md"));
        assertTrue(md.startsWith("# DPIA-pakket Werkmap"));
        assertTrue(md.contains("Gemeente Zwolle"));
        assertTrue(md.contains("https://werkmap.zwolle.nl:8443"), "the hub as a recipient");
        assertTrue(md.contains("**idle-lock-minutes**: 7 - vastgezet door IT"), md);
        assertTrue(md.contains("Na 7 minuten zonder invoer vergrendelt Werkmap"));
        assertTrue(md.contains("Versleutelde velden: ") && md.contains("bsn"), "categories from the schema");
        assertTrue(md.contains("Toegangslog") && md.contains("purpose"), "the access log's sealed reason is listed");
        assertTrue(md.contains("## Bewaartermijnen in gebruik"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("DPIA-pakket Werkmap"));
            assertTrue(text.contains("Gemeente Zwolle"));
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void withoutAConfigurationItSaysSoAndOnlyMdOrPdfAreWritten(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("dpia.md");
        new DpiaCommand(CLOCK).run(List.of("--out", md.toString(), "--config", dir.resolve("none").toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        String text = Files.readString(md);
        assertTrue(text.contains("Niet ingesteld: deze laptop werkt alleen offline"));
        // The retention periods in force are listed even when IT set none: their defaults, said as such.
        assertTrue(text.contains("**retention-years**: 5 - standaard van Werkmap"), text);
        assertTrue(text.contains("**retention-years-uwv**: 5 - standaard van Werkmap"), text);
        assertFalse(Files.exists(dir.resolve("dpia.pdf")));
        assertThrows(UsageException.class, () -> new DpiaCommand(CLOCK).run(List.of("--out",
                dir.resolve("dpia.docx").toString()), System.out, System.err));
    }
}
