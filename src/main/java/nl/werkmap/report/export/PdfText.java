package nl.werkmap.report.export;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Text for the standard PDF fonts: WinAnsi-safe, measured and wrapped. */
final class PdfText {

    private PdfText() {
    }

    /** Replaces characters the standard fonts cannot show (WinAnsi) by a close one (the letter without its accent) or '?'. */
    static String safe(String text, PDType1Font font) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= ' ' && ch <= '~') {
                // Plain ASCII is always in WinAnsi; asking the font for each character of 150,000 candidates'
                // figures was most of a PDF export.
                b.append(ch);
                continue;
            }
            String s = String.valueOf(ch);
            if (ch == '\u2264') {
                s = "<=";
            } else if (ch == '\u2265') {
                s = ">=";
            } else if (ch == '\u2192') {
                s = "->";
            } else if (ch == '\n' || ch == '\r' || ch == '\t') {
                s = " ";
            }
            if (encodes(s, font)) {
                b.append(s);
                continue;
            }
            // A letter WinAnsi lacks (Ş, ğ, ł) is still readable without its mark: "Şahin" prints as "Sahin".
            String bare = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            b.append(!bare.isEmpty() && encodes(bare, font) ? bare : "?");
        }
        return b.toString();
    }

    private static boolean encodes(String s, PDType1Font font) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    static float width(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(safe(text, font)) / 1000f * size;
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts text to fit a width, ending in "..." when cut. */
    static String fit(String text, PDType1Font font, float size, float width) throws IOException {
        if (width(text, font, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "...", font, size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }
}
