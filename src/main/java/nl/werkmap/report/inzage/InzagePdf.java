package nl.werkmap.report.inzage;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Map;

import nl.werkmap.report.export.TextPdf;

/**
 * The inzage as a PDF/A file the person can read and keep: first what the law asks to be told (purposes,
 * recipients, origin, retention, who looked), then every record with its fields, the same content as the JSON.
 */
public final class InzagePdf {

    private InzagePdf() {
    }

    public static void write(InzageDossier d, OutputStream out, ZoneId zone) throws IOException {
        TextPdf pdf = new TextPdf("Inzage in je gegevens");
        pdf.line("Over", d.name() == null ? d.candidateId() : d.name());
        pdf.line("Gemaakt op", d.madeAt().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '));
        pdf.line("Gemaakt door", d.madeBy() == null ? "" : d.madeBy());
        pdf.line("Bron", d.source());
        pdf.paragraph("Dit zijn alle gegevens die over je zijn opgeslagen, waarvoor ze worden gebruikt, wie ze"
                + " kreeg, waar ze vandaan komen, hoe lang ze worden bewaard en wie ze heeft ingezien. Klopt er iets"
                + " niet, dan kun je je eigen zienswijze laten toevoegen of vragen het te verbeteren.");

        pdf.heading("Waarvoor we je gegevens gebruiken");
        for (String kind : d.kinds()) {
            Purposes.Purpose p = Purposes.of(kind);
            pdf.line(p.label(), p.purpose() + ". Grondslag: " + p.ground() + ".");
        }
        pdf.heading("Wie je gegevens kreeg");
        for (Recipient r : d.recipients()) {
            pdf.line(r.who(), r.what() + (r.since().isEmpty() ? "" : " (" + r.since() + ")") + ". " + r.basis() + ".");
        }
        pdf.heading("Waar je gegevens vandaan komen");
        d.origin().forEach(pdf::paragraph);
        pdf.heading("Hoe lang we je gegevens bewaren");
        pdf.paragraph(d.retention());

        pdf.heading("Wie je gegevens heeft ingezien");
        if (d.accessLog().isEmpty()) {
            pdf.paragraph("Niemand heeft je BSN of gezondheidsgegevens ingezien of je gegevens in een bestand gezet.");
        }
        for (InzageRecord r : d.accessLog()) {
            pdf.line(String.valueOf(r.field("occurred_at")).replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
                    r.field("action") + " - " + r.field("object") + " - " + r.field("result")
                            + (r.field("actor") == null ? "" : " - door " + r.field("actor"))
                            + (r.field("purpose") == null ? "" : " - reden: " + r.field("purpose"))
                            + " - " + r.field("origin"));
        }
        if (!d.zienswijzen().isEmpty()) {
            pdf.heading("Je zienswijzen");
            for (InzageRecord r : d.zienswijzen()) {
                pdf.line(String.valueOf(r.field("given_on")), r.field("text") + " (bij " + r.field("record_entity")
                        + " " + r.field("record_id") + ")");
            }
        }

        pdf.heading("Al je gegevens");
        for (String kind : d.kinds()) {
            pdf.heading(Purposes.of(kind).label() + " (" + kind + ")");
            for (InzageRecord r : d.records()) {
                if (!r.kind().equals(kind)) {
                    continue;
                }
                pdf.subheading("Record " + r.id() + (r.deleted() ? " (verwijderd, nog bewaard)" : ""));
                for (Map.Entry<String, String> f : r.fields().entrySet()) {
                    if (f.getValue() != null) {
                        pdf.line(f.getKey().replace('_', ' '), f.getValue());
                    }
                }
            }
        }
        pdf.write(out, d.madeAt().atZone(zone));
    }
}
