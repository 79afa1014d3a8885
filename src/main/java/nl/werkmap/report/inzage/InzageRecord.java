package nl.werkmap.report.inzage;

import java.util.Map;

/**
 * One stored record about the person, whichever copy it came from (a laptop's table, the hub's master rows): its
 * kind (table or entity name), id, whether it is deleted but still stored, and every field as text, opened.
 */
public record InzageRecord(String kind, String id, boolean deleted, Map<String, String> fields) {

    public String field(String name) {
        return fields.get(name);
    }
}
