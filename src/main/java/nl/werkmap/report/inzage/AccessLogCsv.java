package nl.werkmap.report.inzage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.report.export.CsvWriter;

/**
 * A candidate's access log as CSV for the team lead or privacy officer (Excel opens it): one line per access with
 * the Logboek Dataverwerkingen fields, the same from a laptop and from the hub.
 */
public final class AccessLogCsv {

    static final List<String> HEADER = List.of("Moment (UTC)", "Actie", "Object", "Record", "Resultaat", "Wie",
            "Herkomst", "Doel", "Detail");
    private static final List<String> FIELDS = List.of("occurred_at", "action", "object", "object_id", "result",
            "actor", "origin", "purpose", "detail");

    private AccessLogCsv() {
    }

    public static void write(List<InzageRecord> log, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.open(out);
        csv.record(HEADER);
        for (InzageRecord r : log) {
            for (String field : FIELDS) {
                String value = r.field(field);
                csv.text(value == null ? "" : value);
            }
            csv.endRecord();
        }
        csv.flush();
    }

    /** A laptop's entry in the same shape as a hub record. */
    public static InzageRecord record(AccessEntry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("candidate_id", e.candidateId().toString());
        fields.put("action", e.action().name());
        fields.put("object", e.object());
        fields.put("object_id", e.objectId() == null ? null : e.objectId().toString());
        fields.put("result", e.result().name());
        fields.put("actor_id", e.actorId() == null ? null : e.actorId().toString());
        fields.put("actor", e.actor());
        fields.put("occurred_at", e.occurredAt().toString());
        fields.put("origin", e.origin());
        fields.put("purpose", e.purpose());
        fields.put("detail", e.detail());
        return new InzageRecord("access_log", e.id().toString(), false, fields);
    }
}
