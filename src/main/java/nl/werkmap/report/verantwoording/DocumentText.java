package nl.werkmap.report.verantwoording;

import java.util.ArrayList;
import java.util.List;

/**
 * The document as plain text blocks, one per section, to paste into the UWV jobcoachportaal or a gemeente's form
 * field by field. Plain characters only: portals strip layout, so a table becomes one line per row with " | ".
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** One block per section: its title and its text. */
    public record Block(String title, String text) {
    }

    public static List<Block> blocks(DocumentContent content) {
        List<Block> blocks = new ArrayList<>();
        for (DocumentContent.Section section : content.sections()) {
            StringBuilder b = new StringBuilder();
            for (DocumentContent.Block block : section.blocks()) {
                line(b, block);
            }
            blocks.add(new Block(section.title(), b.toString().stripTrailing()));
        }
        return blocks;
    }

    /** The whole document as one text: the title, then every block under its title. */
    public static String of(DocumentContent content) {
        StringBuilder b = new StringBuilder(content.title()).append("\n");
        b.append("=".repeat(content.title().length())).append("\n");
        for (Block block : blocks(content)) {
            b.append("\n").append(block.title()).append("\n").append("-".repeat(block.title().length()))
                    .append("\n").append(block.text()).append("\n");
        }
        return b.toString();
    }

    private static void line(StringBuilder b, DocumentContent.Block block) {
        if (block instanceof DocumentContent.Fact f) {
            // A question already ends in its mark: "Wordt het werk gedaan? ja", not "?: ja".
            b.append(f.label()).append(f.label().endsWith("?") ? " " : ": ").append(f.shown()).append("\n");
        } else if (block instanceof DocumentContent.FreeText t) {
            b.append(t.label()).append("\n").append(t.text()).append("\n");
        } else if (block instanceof DocumentContent.Wording w) {
            b.append(w.text()).append("\n");
        } else if (block instanceof DocumentContent.Table t) {
            b.append(String.join(" | ", t.headers())).append("\n");
            for (List<String> row : t.rows()) {
                b.append(String.join(" | ", row)).append("\n");
            }
        } else if (block instanceof DocumentContent.Signature s) {
            b.append(s.label()).append(": ").append(s.signer()).append(", ")
                    .append(s.onPaper() ? "op papier getekend" : s.strokes() == null ? "niet getekend"
                            : "op het scherm getekend")
                    .append(" op ").append(s.date()).append("\n");
        }
    }
}
