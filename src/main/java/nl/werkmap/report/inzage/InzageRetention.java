package nl.werkmap.report.inzage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.domain.retention.RetentionRules;
import nl.werkmap.domain.retention.TrajectoryFacts;

/**
 * The retention line of the inzage (AVG art. 15 lid 1 sub d): how long the file is kept. It reads the same facts
 * the retention overview reads (status, placements, who funded the jobcoaching) from the records in the dossier and
 * applies {@link RetentionRules} with the period in force on the machine or the hub that makes the inzage.
 */
public final class InzageRetention {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private InzageRetention() {
    }

    /** The retention in words for the person whose {@code records} these are. */
    public static String describe(List<InzageRecord> records, RetentionPolicy policy) {
        TrajectoryFacts facts = facts(records);
        int years = RetentionRules.years(facts, policy);
        String rule = years + " jaar na het einde van je traject" + (facts.uwvFunded()
                ? " (jobcoaching betaald door UWV)" : "");
        Optional<LocalDate> until = RetentionRules.retentionDate(facts, policy);
        return until.map(d -> "Je gegevens worden bewaard tot " + DATE.format(d) + ": " + rule
                        + ". Daarna worden ze overal gewist, ook op de laptops en bij de gemeente.")
                .orElse("Je traject loopt nog. Je gegevens worden bewaard tot " + rule
                        + "; daarna worden ze overal gewist, ook op de laptops en bij de gemeente.");
    }

    /** The facts of {@link TrajectoryFacts} from the dossier's records (fields as the sync protocol names them). */
    static TrajectoryFacts facts(List<InzageRecord> records) {
        boolean ended = false;
        LocalDate since = null;
        LocalDate registered = null;
        LocalDate lastEnd = null;
        boolean open = false;
        boolean uwv = false;
        for (InzageRecord r : records) {
            switch (r.kind()) {
                case "candidate" -> {
                    String status = r.field("status");
                    ended = r.deleted() || "UITGESTROOMD".equals(status) || "UIT_BEELD".equals(status);
                    since = date(r.field("status_since"));
                    registered = date(r.field("registered_on"));
                }
                case "placement" -> {
                    if (r.deleted()) {
                        continue;
                    }
                    LocalDate end = date(r.field("actual_end"));
                    if (end == null) {
                        open = true;
                    } else if (lastEnd == null || end.isAfter(lastEnd)) {
                        lastEnd = end;
                    }
                    uwv |= "EXTERN_UWV".equals(r.field("jobcoach_type"));
                }
                case "jobcoach_grant" -> uwv |= "EXTERN_UWV".equals(r.field("financier"));
                default -> {
                }
            }
        }
        return new TrajectoryFacts(ended, since, registered, lastEnd, open, uwv);
    }

    private static LocalDate date(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }
}
