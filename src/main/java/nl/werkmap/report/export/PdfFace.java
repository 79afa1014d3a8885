package nl.werkmap.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces of the report: Liberation Sans and Liberation Sans Bold, shipped under src/main/resources/fonts with
 * their licence (SIL OFL). They cover Turkish, Polish and the rest of the Latin names a caseload holds (Yıldız Kılıç,
 * Łukasz, Şeyma), which the standard PDF fonts (WinAnsi only) cannot show, and have Helvetica's widths, so the
 * layout measured for Helvetica still holds.
 *
 * <p>Measuring does not need a PDF: each face's advance widths and which characters it has are read once per run
 * into plain arrays, so the layout code can measure anywhere and on any thread, and measuring 150,000 candidates'
 * figures stays a table look-up. Drawing needs the face loaded into the document ({@link #loadInto}), where PDFBox
 * embeds only the glyphs used.
 */
enum PdfFace {
    REGULAR("/fonts/LiberationSans-Regular.ttf"), BOLD("/fonts/LiberationSans-Bold.ttf");

    private final String resource;
    private volatile Metrics metrics;

    PdfFace(String resource) {
        this.resource = resource;
    }

    /** Whether the face has a glyph for the character (Basic Multilingual Plane only). */
    boolean has(char ch) {
        return metrics().has(ch);
    }

    /** Width of text the face can show (see {@link PdfText#safe}), in points at {@code size}. */
    float width(String shown, float size) {
        Metrics m = metrics();
        float units = 0;
        for (int i = 0; i < shown.length(); i++) {
            units += m.widths[shown.charAt(i)];
        }
        return units / 1000f * size;
    }

    /** The face as a font of {@code pdf}, embedded as a subset of the glyphs drawn when the document is saved. */
    PDType0Font loadInto(PDDocument pdf) throws IOException {
        try (InputStream in = open()) {
            return PDType0Font.load(pdf, in, true);
        }
    }

    private InputStream open() throws IOException {
        InputStream in = PdfFace.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Het lettertype " + resource + " ontbreekt in Werkmap; installeer Werkmap opnieuw.");
        }
        return in;
    }

    private Metrics metrics() {
        Metrics m = metrics;
        if (m == null) {
            synchronized (this) {
                m = metrics;
                if (m == null) {
                    try {
                        m = Metrics.read(open());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    metrics = m;
                }
            }
        }
        return m;
    }

    /** Advance width per UTF-16 unit in 1/1000 em (as PDF measures), and whether the face has a glyph for it. */
    private static final class Metrics {
        final float[] widths = new float[Character.MAX_VALUE + 1];
        final boolean[] present = new boolean[Character.MAX_VALUE + 1];

        boolean has(char ch) {
            return present[ch];
        }

        static Metrics read(InputStream in) throws IOException {
            Metrics m = new Metrics();
            try (in; TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float scale = 1000f / ttf.getUnitsPerEm();
                for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
                    if (Character.isSurrogate((char) ch)) {
                        continue;
                    }
                    int gid = cmap.getGlyphId(ch);
                    if (gid > 0) {
                        m.present[ch] = true;
                        m.widths[ch] = Math.round(ttf.getAdvanceWidth(gid) * scale); // as PDFBox writes the /W widths
                    }
                }
            }
            return m;
        }
    }
}
