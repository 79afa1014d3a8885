package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

import nl.werkmap.domain.share.ProfielDocument;
import nl.werkmap.domain.share.WerkgeversProfiel;

/**
 * The employer's view of a candidate as an A4 PDF/A-2b file (the same archive rules and embedded faces as the team
 * summary, {@link PdfArchive}, {@link PdfFace}). It prints only the lines of a {@link WerkgeversProfiel}, which the
 * allow-list builder made; the cover says for whom, why and on what consent, and nothing about the candidate.
 */
public final class ProfielPdf {

    public void write(ProfielDocument document, OutputStream out) throws IOException {
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
                    pager.gap(8);
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
