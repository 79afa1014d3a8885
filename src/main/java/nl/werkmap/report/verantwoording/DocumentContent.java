package nl.werkmap.report.verantwoording;

import java.util.ArrayList;
import java.util.List;

/**
 * What one outward document says, before it is set as PDF or as text to paste: sections of facts, free text,
 * tables and signatures. The only way in is the {@link Builder}, and every value it takes names the stored field it
 * comes from ({@code entity.field}): {@link OutwardFields} refuses health fields and anything not on its list, so no
 * document can carry a sealed health value, however it is assembled. Free text is kept apart so it can be checked
 * for medical words ({@link MedicalTerms}) before the document is written.
 */
public record DocumentContent(DocumentKind kind, String title, List<Section> sections) {

    public DocumentContent {
        sections = List.copyOf(sections);
    }

    /** A part of the document; in the text form, one block the coach pastes into one field of a portal. */
    public record Section(String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** One thing in a section. */
    public sealed interface Block permits Fact, FreeText, Table, Wording, Signature {
    }

    /** A labelled value from a stored field or a figure worked out from such fields. */
    public record Fact(String label, String shown) implements Block {
    }

    /** Free text a person wrote (a goal, an answer, a remark): checked for medical words before it leaves. */
    public record FreeText(String label, String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The document's own fixed wording (an explanation, a question); never data. */
    public record Wording(String text) implements Block {
    }

    /**
     * A signature: drawn on screen ({@code strokes}, {@link SignatureStrokes} text) or "op papier getekend".
     */
    public record Signature(String label, String signer, String strokes, boolean onPaper, String date)
            implements Block {
    }

    /** One table cell, already checked against {@link OutwardFields}. */
    public record Cell(String shown) {
    }

    public static Builder builder(DocumentKind kind) {
        return new Builder(kind, kind.title());
    }

    /** A cell from a stored field; refused like a fact when the field may not go out. */
    public static Cell cell(String entity, String field, Object raw, String shown) {
        OutwardFields.check(entity, field, raw);
        return new Cell(shown == null ? "" : shown);
    }

    /** A cell holding a figure worked out by the document (a sum, a mean, a count). */
    public static Cell figure(Number value, String shown) {
        if (value == null) {
            throw new IllegalArgumentException("a figure needs a number");
        }
        return new Cell(shown);
    }

    /** Builds the content section by section; every value is checked as it comes in. */
    public static final class Builder {
        private final DocumentKind kind;
        private final String title;
        private final List<Section> sections = new ArrayList<>();
        private String sectionTitle;
        private List<Block> blocks;

        private Builder(DocumentKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public Builder section(String sectionTitle) {
            close();
            this.sectionTitle = sectionTitle;
            this.blocks = new ArrayList<>();
            return this;
        }

        /** A value of {@code entity.field} ({@code raw} as stored), shown as {@code shown}. */
        public Builder fact(String label, String entity, String field, Object raw, String shown) {
            OutwardFields.check(entity, field, raw);
            return add(new Fact(label, shown == null || shown.isBlank() ? "-" : shown));
        }

        /** A figure the document worked out from allowed fields (a sum, a mean, a count). */
        public Builder figure(String label, Number value, String shown) {
            if (value == null) {
                throw new IllegalArgumentException("a figure needs a number");
            }
            return add(new Fact(label, shown));
        }

        /** Free text from {@code entity.field}; empty text is shown as "-". */
        public Builder text(String label, String entity, String field, String text) {
            OutwardFields.check(entity, field, text);
            return add(new FreeText(label, text == null || text.isBlank() ? "-" : text.strip()));
        }

        public Builder wording(String text) {
            return add(new Wording(text));
        }

        public Builder table(List<String> headers, List<List<Cell>> rows) {
            return add(new Table(headers, rows.stream().map(r -> r.stream().map(Cell::shown).toList()).toList()));
        }

        /** The signature of a form: its signer, strokes and paper flag are fields of jobcoach_form. */
        public Builder signature(String label, String signer, String strokes, boolean onPaper, String date) {
            OutwardFields.check("jobcoach_form", "signer_name", signer);
            OutwardFields.check("jobcoach_form", "signature", strokes);
            OutwardFields.check("jobcoach_form", "signed_on_paper", onPaper);
            return add(new Signature(label, signer == null ? "-" : signer, strokes, onPaper, date));
        }

        private Builder add(Block block) {
            if (blocks == null) {
                section(title);
            }
            blocks.add(block);
            return this;
        }

        private void close() {
            if (blocks != null) {
                sections.add(new Section(sectionTitle, blocks));
            }
            blocks = null;
        }

        public DocumentContent build() {
            close();
            return new DocumentContent(kind, title, sections);
        }
    }
}
