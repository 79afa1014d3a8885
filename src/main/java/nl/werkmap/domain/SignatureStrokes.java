package nl.werkmap.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A signature drawn on screen, kept as vector text: strokes separated by ';', points by ' ', each point "x,y" in
 * thousandths of the pad (0-1000, y downwards). A signature is a few hundred points, so the text stays a few KB,
 * small enough to seal like any note and to draw again at any size in a PDF.
 */
public final class SignatureStrokes {

    /** More points than this is not a signature; the pad stops taking points. */
    public static final int MAX_POINTS = 4000;
    private static final int SCALE = 1000;

    private SignatureStrokes() {
    }

    /** Encodes strokes of points with x and y from 0 to 1; points outside are clamped. */
    public static String encode(List<List<double[]>> strokes) {
        StringBuilder b = new StringBuilder();
        int points = 0;
        for (List<double[]> stroke : strokes) {
            if (stroke.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(';');
            }
            for (int i = 0; i < stroke.size() && points < MAX_POINTS; i++, points++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(unit(stroke.get(i)[0])).append(',').append(unit(stroke.get(i)[1]));
            }
        }
        return b.toString();
    }

    /** Decodes to strokes of points from 0 to 1; empty for null or blank text; a bad point is skipped. */
    public static List<List<float[]>> decode(String text) {
        List<List<float[]>> strokes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return strokes;
        }
        for (String stroke : text.split(";")) {
            List<float[]> points = new ArrayList<>();
            for (String point : stroke.trim().split(" ")) {
                String[] xy = point.split(",");
                if (xy.length != 2) {
                    continue;
                }
                try {
                    points.add(new float[] {Integer.parseInt(xy[0]) / (float) SCALE,
                            Integer.parseInt(xy[1]) / (float) SCALE});
                } catch (NumberFormatException e) {
                    // A damaged point is left out; the rest of the signature still draws.
                    continue;
                }
            }
            if (!points.isEmpty()) {
                strokes.add(points);
            }
        }
        return strokes;
    }

    private static int unit(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * SCALE);
    }
}
