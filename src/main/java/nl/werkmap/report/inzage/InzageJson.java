package nl.werkmap.report.inzage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

/**
 * The inzage as JSON, for the person and any program they hand it to (AVG art. 15 lid 3 and art. 20): field names
 * as Werkmap stores them, values as text, every kind of record under "gegevens". Written streaming, so two years of
 * sessions need no big tree in memory.
 */
public final class InzageJson {

    /** The format version; a reader checks it. */
    public static final int VERSION = 1;

    private InzageJson() {
    }

    public static void write(InzageDossier d, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter json = new JsonWriter(text);
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("soort").value("werkmap-inzage");
        json.name("versie").value(VERSION);
        json.name("kandidaat").value(d.candidateId());
        json.name("naam").value(d.name());
        json.name("gemaakt_op").value(d.madeAt().toString());
        json.name("gemaakt_door").value(d.madeBy());
        json.name("bron").value(d.source());
        json.name("doelen").beginArray();
        for (String kind : d.kinds()) {
            Purposes.Purpose p = Purposes.of(kind);
            json.beginObject().name("soort").value(kind).name("omschrijving").value(p.label())
                    .name("doel").value(p.purpose()).name("grondslag").value(p.ground()).endObject();
        }
        json.endArray();
        json.name("ontvangers").beginArray();
        for (Recipient r : d.recipients()) {
            json.beginObject().name("ontvanger").value(r.who()).name("gegevens").value(r.what())
                    .name("sinds").value(r.since()).name("grondslag").value(r.basis()).endObject();
        }
        json.endArray();
        json.name("herkomst").beginArray();
        for (String line : d.origin()) {
            json.value(line);
        }
        json.endArray();
        json.name("bewaartermijn").value(d.retention());
        json.name("gegevens").beginObject();
        for (String kind : d.kinds()) {
            json.name(kind).beginArray();
            for (InzageRecord r : d.records()) {
                if (r.kind().equals(kind)) {
                    record(json, r);
                }
            }
            json.endArray();
        }
        json.endObject();
        json.name("toegangslog").beginArray();
        for (InzageRecord r : d.accessLog()) {
            record(json, r);
        }
        json.endArray();
        json.name("zienswijzen").beginArray();
        for (InzageRecord r : d.zienswijzen()) {
            record(json, r);
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void record(JsonWriter json, InzageRecord r) throws IOException {
        json.beginObject().name("id").value(r.id()).name("verwijderd").value(r.deleted()).name("velden").beginObject();
        for (Map.Entry<String, String> field : r.fields().entrySet()) {
            json.name(field.getKey()).value(field.getValue());
        }
        json.endObject().endObject();
    }
}
