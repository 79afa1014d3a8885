package nl.werkmap.report.export;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Text for the report's embedded faces ({@link PdfFace}): made showable, measured and wrapped. */
final class PdfText {

    private PdfText() {
    }

    /**
     * The text as the face can draw it. Line breaks and tabs become spaces (a name typed with an Enter in it stays
     * on its line); a character the face lacks becomes the letter without its mark, or '?', so nothing is dropped
     * silently. Liberation Sans has every letter of the names a Dutch caseload holds (ı, ł, ş, ğ, ő ...).
     */
    static String safe(String text, PdfFace face) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(ch)) {
                continue;
            } else if (Character.isSurrogate(ch)) {
                // Outside the Basic Multilingual Plane (emoji): one '?' for the pair.
                if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                b.append('?');
            } else if (face.has(ch)) {
                b.append(ch);
            } else {
                String bare = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                b.append(!bare.isEmpty() && bare.chars().allMatch(c -> face.has((char) c)) ? bare : "?");
            }
        }
        return b.toString();
    }

    static float width(String text, PdfFace face, float size) {
        return face.width(safe(text, face), size);
    }

    static List<String> wrap(String text, PdfFace face, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, face, size) <= width || line.length() == 0) {
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
    static String fit(String text, PdfFace face, float size, float width) throws IOException {
        if (width(text, face, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "...", face, size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }
}
