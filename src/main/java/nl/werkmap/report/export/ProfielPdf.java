package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;

import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.WerkgeversProfiel;

/**
 * The employer's view of a candidate as an A4 PDF/A-2b file (the same archive rules and embedded faces as the team
 * summary, {@link PdfArchive}, {@link PdfFace}). It prints only the lines of a {@link WerkgeversProfiel}, which the
 * allow-list builder made; the cover says for whom, why and on what consent, and nothing about the candidate.
 */
public final class ProfielPdf {

    /**
     * What goes into the document.
     *
     * @param title  "Anoniem profiel" or "Profiel van ..."
     * @param cover  label/value lines about the share itself (recipient, purpose, consent), never about the person
     * @param labels the heading of each field ("Opleidingsniveau")
     * @param notes  closing lines (what the reader may do next, the Leidraad's attribution)
     */
    public record Document(String title, List<String[]> cover, WerkgeversProfiel view,
                           Function<ProfielVeld, String> labels, List<String> notes, ZonedDateTime created) {
        public Document {
            Objects.requireNonNull(title);
            Objects.requireNonNull(view);
            Objects.requireNonNull(labels);
            Objects.requireNonNull(created);
            cover = cover == null ? List.of() : List.copyOf(cover);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    public void write(Document document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfArchive.describe(pdf, document.title(), document.created());
            try (PdfPager pager = new PdfPager(pdf, "Werkmap werknemersprofiel")) {
                pager.heading(document.title(), 18);
                for (String[] line : document.cover()) {
                    pager.labelled(line[0], line[1]);
                }
                pager.gap(10);
                for (WerkgeversProfiel.Regel regel : document.view().regels()) {
                    pager.heading(document.labels().apply(regel.veld()), 11);
                    pager.paragraph(regel.waarde(), PdfFace.REGULAR, 10);
                    pager.gap(6);
                }
                pager.gap(10);
                for (String note : document.notes()) {
                    pager.paragraph(note, PdfFace.REGULAR, 8);
                }
            }
            pdf.save(out);
        }
    }
}
