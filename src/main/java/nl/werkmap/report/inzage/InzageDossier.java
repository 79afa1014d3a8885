package nl.werkmap.report.inzage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer to one person's request for their data (AVG art. 15), as the JSON and the PDF write it: every stored
 * record about them, opened; what each kind is for; who received it; where it came from; how long it is kept; who
 * looked at it (the access log) and their own statements.
 *
 * @param source where it was made: "laptop:DEVICE-ID" or "hub"
 */
public record InzageDossier(String candidateId, String name, Instant madeAt, String madeBy, String source,
                            String municipality, List<InzageRecord> records, List<Recipient> recipients,
                            List<String> origin, String retention) {

    /**
     * Puts a dossier together from the records of one candidate: recipients from {@code sources}, origin from the
     * candidate record, retention from {@link InzageRetention}.
     */
    public static InzageDossier of(String candidateId, Instant madeAt, String madeBy, String source,
                                   String municipality, List<InzageRecord> records, List<RecipientSource> sources) {
        return of(candidateId, madeAt, madeBy, source, municipality, records, sources,
                nl.werkmap.domain.retention.RetentionPolicy.DEFAULT);
    }

    /** As {@link #of(String, Instant, String, String, String, List, List)}, with the retention period in force. */
    public static InzageDossier of(String candidateId, Instant madeAt, String madeBy, String source,
                                   String municipality, List<InzageRecord> records, List<RecipientSource> sources,
                                   nl.werkmap.domain.retention.RetentionPolicy policy) {
        String name = records.stream().filter(r -> r.kind().equals("candidate")).findFirst()
                .map(r -> r.field("full_name")).orElse(null);
        return new InzageDossier(candidateId, name, madeAt, madeBy, source, municipality, List.copyOf(records),
                RecipientSources.collect(sources, records, municipality), origin(records),
                InzageRetention.describe(records, policy));
    }

    /** The kinds of record present, each with its purpose, in the order the records come. */
    public List<String> kinds() {
        Set<String> kinds = new LinkedHashSet<>();
        records.forEach(r -> kinds.add(r.kind()));
        return new ArrayList<>(kinds);
    }

    /** The access log, oldest first. */
    public List<InzageRecord> accessLog() {
        return records.stream().filter(r -> r.kind().equals("access_log"))
                .sorted(Comparator.comparing(r -> String.valueOf(r.field("occurred_at")))).toList();
    }

    /** The person's own statements that still hold. */
    public List<InzageRecord> zienswijzen() {
        return records.stream().filter(r -> r.kind().equals("zienswijze") && !r.deleted()).toList();
    }

    private static List<String> origin(List<InzageRecord> records) {
        List<String> lines = new ArrayList<>();
        records.stream().filter(r -> r.kind().equals("candidate")).findFirst().ifPresent(c -> {
            String route = c.field("route_in");
            if (route != null) {
                lines.add("Je bent bij ons gekomen via: " + switch (route) {
                    case "UWV_INDICATIE" -> "een indicatie van UWV";
                    case "PRAKTIJKROUTE" -> "de praktijkroute";
                    case "VSO" -> "het voortgezet speciaal onderwijs";
                    case "PRO" -> "het praktijkonderwijs";
                    default -> "een andere weg";
                } + ".");
            }
            if (c.field("registered_on") != null) {
                lines.add("Je bent aangemeld op " + c.field("registered_on") + ".");
            }
        });
        lines.add("De meeste gegevens heb je zelf gegeven in gesprekken met je jobcoach, die ze vastlegde in Werkmap.");
        lines.add("Metingen (participatieladder, ZRM, loonwaarde) zijn gedaan door je jobcoach of een deskundige.");
        if (records.stream().anyMatch(r -> r.kind().equals("jobcoach_grant"))) {
            lines.add("Toekenningen van jobcoaching komen van UWV of de gemeente.");
        }
        return lines;
    }
}
