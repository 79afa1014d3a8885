package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.Werkprofiel;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;
import nl.werkmap.store.mapping.StoredRow;

/** The baankans table (V32): the werkprofiel texts, tasks and carved-from jobs sealed; the rest plain. */
public final class BaankansMapping {

    /** Tasks are short phrases that may hold ';', so they are kept one a line inside their sealed column. */
    private static final String LINE = "\n";

    public static final EntityTable<Baankans> TABLE = new EntityTable<>(Tables.BAANKANS, Baankans::id, List.of(
            plain("employer_id", Baankans::employerId),
            plain("title", Baankans::title),
            plain("isco_code", Baankans::iscoCode),
            plain("sbi_section", Baankans::sbiSection),
            plain("postcode", Baankans::postcode),
            plain("place", Baankans::place),
            plain("hours_min", Baankans::hoursMin),
            plain("hours_max", Baankans::hoursMax),
            plain("work_days", Baankans::days),
            plain("dagdelen", Baankans::dagdelen),
            plain("start_date", Baankans::start),
            plain("status", Baankans::status),
            sealed("tasks", b -> lines(b.tasks())),
            sealed("carved_from", b -> lines(b.carvedFrom())),
            plain("minimum_niveau", Baankans::minimumNiveau),
            plain("driving_licence_required", Baankans::drivingLicenceRequired),
            plain("support_offered", Baankans::supportOffered),
            sealed("text_eisen", b -> b.werkprofiel().eisen()),
            sealed("text_ontwikkeling", b -> b.werkprofiel().ontwikkeling()),
            sealed("text_context", b -> b.werkprofiel().context()),
            sealed("text_waarden", b -> b.werkprofiel().waarden()),
            sealed("text_omstandigheden", b -> b.werkprofiel().omstandigheden())),
            BaankansMapping::read);

    private BaankansMapping() {
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join(LINE, items);
    }

    private static List<String> split(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(LINE));
    }

    private static Baankans read(StoredRow r) {
        return new Baankans(r.id(), r.uuid("employer_id"), r.text("title"), r.text("isco_code"),
                r.text("sbi_section"), r.text("postcode"), r.decimal("hours_min"), r.decimal("hours_max"),
                r.enumSet("work_days", DayOfWeek.class), r.enumSet("dagdelen", Dagdeel.class), r.date("start_date"),
                r.enumValue("status", BaankansStatus.class), split(r.opened("tasks")),
                r.enumValue("minimum_niveau", Opleidingsniveau.class), r.flag("driving_licence_required"),
                r.enumSet("support_offered", Werkgevolg.class), r.text("place"),
                new Werkprofiel(r.opened("text_eisen"), r.opened("text_ontwikkeling"), r.opened("text_context"),
                        r.opened("text_waarden"), r.opened("text_omstandigheden")),
                split(r.opened("carved_from")));
    }
}
