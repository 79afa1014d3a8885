package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF/A-2b document of headings, labelled lines and paragraphs, for the files Werkmap hands to a person or a
 * privacy officer (inzage, DPIA): the same embedded faces, Dutch language tag and archive facts as the team report
 * ({@link PdfArchive}, {@link PdfFace}), without its tables and charts. Collect the blocks, then {@link #write}.
 */
public final class TextPdf {

    private sealed interface Block permits Heading, Labelled, Paragraph, Gap {
    }

    private record Heading(String text, float size) implements Block {
    }

    private record Labelled(String label, String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Gap(float height) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public TextPdf(String title) {
        this.title = title;
        blocks.add(new Heading(title, 18));
    }

    /** A section heading. */
    public TextPdf heading(String text) {
        blocks.add(new Gap(6));
        blocks.add(new Heading(text, 13));
        return this;
    }

    /** A smaller heading, e.g. for one record within a section. */
    public TextPdf subheading(String text) {
        blocks.add(new Heading(text, 10.5f));
        return this;
    }

    /** A label with its text beside it; long text wraps under itself. */
    public TextPdf line(String label, String text) {
        blocks.add(new Labelled(label, text == null ? "" : text));
        return this;
    }

    public TextPdf paragraph(String text) {
        blocks.add(new Paragraph(text == null ? "" : text));
        return this;
    }

    public void write(OutputStream out, ZonedDateTime created) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfArchive.describe(pdf, title, created);
            try (PdfPager pager = new PdfPager(pdf, title)) {
                for (Block block : blocks) {
                    if (block instanceof Heading h) {
                        pager.heading(h.text(), h.size());
                    } else if (block instanceof Labelled l) {
                        pager.labelled(l.label(), l.text(), 150);
                    } else if (block instanceof Paragraph p) {
                        pager.paragraph(p.text(), PdfFace.REGULAR, 10);
                    } else if (block instanceof Gap g) {
                        pager.gap(g.height());
                    }
                }
            }
            pdf.save(out);
        }
    }
}
