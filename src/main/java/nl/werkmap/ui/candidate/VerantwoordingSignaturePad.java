package nl.werkmap.ui.candidate;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import nl.werkmap.domain.SignatureStrokes;

/**
 * A pad to sign on with mouse, pen or finger. The strokes are kept as vector text ({@link SignatureStrokes}) in
 * {@code strokes}: small enough to seal like a note, and drawn again at any size in the PDF.
 */
final class VerantwoordingSignaturePad extends Canvas {

    private final List<List<double[]>> drawn = new ArrayList<>();
    private final StringProperty strokes;
    private boolean painting;

    VerantwoordingSignaturePad(double width, double height, StringProperty strokes) {
        super(width, height);
        this.strokes = strokes;
        setId("signaturePad");
        setFocusTraversable(true);
        setOnMousePressed(e -> {
            List<double[]> stroke = new ArrayList<>();
            stroke.add(unit(e.getX(), e.getY()));
            drawn.add(stroke);
            paint();
        });
        setOnMouseDragged(e -> {
            if (!drawn.isEmpty() && points() < SignatureStrokes.MAX_POINTS) {
                drawn.get(drawn.size() - 1).add(unit(e.getX(), e.getY()));
                paint();
            }
        });
        setOnMouseReleased(e -> store());
        strokes.addListener((obs, old, now) -> {
            if (!painting) {
                load(now);
            }
        });
        load(strokes.get());
    }

    /** "Wissen": an empty pad. */
    void clear() {
        drawn.clear();
        store();
        paint();
    }

    private void store() {
        painting = true;
        try {
            strokes.set(drawn.isEmpty() ? null : SignatureStrokes.encode(drawn));
        } finally {
            painting = false;
        }
    }

    private void load(String text) {
        drawn.clear();
        for (List<float[]> stroke : SignatureStrokes.decode(text)) {
            List<double[]> points = new ArrayList<>();
            for (float[] p : stroke) {
                points.add(new double[] {p[0], p[1]});
            }
            drawn.add(points);
        }
        paint();
    }

    private int points() {
        return drawn.stream().mapToInt(List::size).sum();
    }

    private double[] unit(double x, double y) {
        return new double[] {Math.max(0, Math.min(1, x / getWidth())), Math.max(0, Math.min(1, y / getHeight()))};
    }

    private void paint() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.GRAY);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
        g.strokeLine(20, getHeight() - 28, getWidth() - 20, getHeight() - 28);
        g.setStroke(Color.web("#1a237e"));
        g.setLineWidth(2);
        for (List<double[]> stroke : drawn) {
            g.beginPath();
            g.moveTo(stroke.get(0)[0] * getWidth(), stroke.get(0)[1] * getHeight());
            for (double[] p : stroke) {
                g.lineTo(p[0] * getWidth(), p[1] * getHeight());
            }
            g.stroke();
        }
    }
}
