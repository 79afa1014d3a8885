package nl.werkmap.domain.share;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What goes into the employer's PDF: the view made by the allow-list builder, and around it only facts about the
 * share itself. The PDF writer prints this and nothing else.
 *
 * @param title  "Anoniem profiel van een werkzoekende" or "Profiel van ..."
 * @param cover  label/value lines about the share (recipient, purpose, consent), never about the person
 * @param labels the heading of each field ("Opleidingsniveau")
 * @param notes  closing lines (what the reader may do next, the Leidraad's attribution)
 */
public record ProfielDocument(String title, List<String[]> cover, WerkgeversProfiel view,
                              Function<ProfielVeld, String> labels, List<String> notes, ZonedDateTime created) {

    /** The message keys the service words a document with (the bundle test checks they exist). */
    public static final List<String> KEYS = List.of("share.pdf.servicepunt", "share.pdf.attention", "share.pdf.for",
            "share.pdf.purpose", "share.pdf.consent", "share.pdf.until", "share.pdf.made",
            "share.pdf.title.anonymous", "share.pdf.title.named", "share.pdf.note.anonymous", "share.pdf.note.named",
            "share.pdf.note.leidraad", "share.pdf.zienswijze");

    public ProfielDocument {
        Objects.requireNonNull(title);
        Objects.requireNonNull(view);
        Objects.requireNonNull(labels);
        Objects.requireNonNull(created);
        cover = cover == null ? List.of() : List.copyOf(cover);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
