package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Leerwijze;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielTeksten;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;
import nl.werkmap.store.mapping.StoredRow;

/**
 * The werknemersprofiel and werkervaring tables (V31): the five texts, diplomas, skills, interests, the travel
 * postcode and job descriptions are sealed; codes, hours, days and enums stay plain for completeness and matching.
 */
public final class ProfielMapping {

    /** Skills are short phrases that may hold ';', so they are kept one a line inside their sealed column. */
    private static final String LINE = "\n";

    public static final EntityTable<Werknemersprofiel> PROFIEL = new EntityTable<>(Tables.WERKNEMERSPROFIEL,
            Werknemersprofiel::id, List.of(
                    plain("candidate_id", Werknemersprofiel::candidateId),
                    sealed("text_vaardigheden", p -> p.teksten().vaardigheden()),
                    sealed("text_leren", p -> p.teksten().leren()),
                    sealed("text_context", p -> p.teksten().context()),
                    sealed("text_identiteit", p -> p.teksten().identiteit()),
                    sealed("text_wensen", p -> p.teksten().wensen()),
                    plain("opleidingsniveau", Werknemersprofiel::opleidingsniveau),
                    sealed("diplomas", Werknemersprofiel::diplomas),
                    sealed("skills", p -> p.skills().isEmpty() ? null : String.join(LINE, p.skills())),
                    sealed("interests", Werknemersprofiel::interests),
                    plain("sector_wishes", Werknemersprofiel::sectorWishes),
                    plain("occupation_wishes", Werknemersprofiel::occupationWishes),
                    plain("available_from", p -> p.beschikbaarheid().from()),
                    plain("hours_min", p -> p.beschikbaarheid().hoursMin()),
                    plain("hours_max", p -> p.beschikbaarheid().hoursMax()),
                    plain("work_days", p -> p.beschikbaarheid().days()),
                    plain("dagdelen", p -> p.beschikbaarheid().dagdelen()),
                    sealed("travel_postcode", p -> p.reisbereik().postcode()),
                    plain("max_travel_minutes", p -> p.reisbereik().maxMinutes()),
                    plain("travel_modes", p -> p.reisbereik().modes()),
                    plain("driving_licence", p -> p.reisbereik().drivingLicence()),
                    plain("work_consequences", Werknemersprofiel::werkgevolgen),
                    plain("learning_ways", Werknemersprofiel::leerwijzen)),
            ProfielMapping::readProfiel);

    public static final EntityTable<Werkervaring> ERVARING = new EntityTable<>(Tables.WERKERVARING,
            Werkervaring::id, List.of(
                    plain("candidate_id", Werkervaring::candidateId),
                    plain("isco_code", Werkervaring::iscoCode),
                    sealed("description", Werkervaring::description),
                    plain("from_year", Werkervaring::fromYear),
                    plain("to_year", Werkervaring::toYear)),
            r -> new Werkervaring(r.id(), r.uuid("candidate_id"), r.text("isco_code"), r.opened("description"),
                    r.integer("from_year"), r.integer("to_year")));

    private ProfielMapping() {
    }

    private static Werknemersprofiel readProfiel(StoredRow r) {
        ProfielTeksten texts = new ProfielTeksten(r.opened("text_vaardigheden"), r.opened("text_leren"),
                r.opened("text_context"), r.opened("text_identiteit"), r.opened("text_wensen"));
        Beschikbaarheid available = new Beschikbaarheid(r.date("available_from"), r.decimal("hours_min"),
                r.decimal("hours_max"), r.enumSet("work_days", DayOfWeek.class), r.enumSet("dagdelen", Dagdeel.class));
        String licence = r.text("driving_licence");
        Reisbereik reach = new Reisbereik(r.opened("travel_postcode"), r.integer("max_travel_minutes"),
                r.enumSet("travel_modes", Vervoer.class), licence == null ? null : flag(licence));
        String skills = r.opened("skills");
        return new Werknemersprofiel(r.id(), r.uuid("candidate_id"), texts,
                r.enumValue("opleidingsniveau", Opleidingsniveau.class), r.opened("diplomas"),
                skills == null ? List.of() : Arrays.asList(skills.split(LINE)), r.opened("interests"),
                r.list("sector_wishes"), r.list("occupation_wishes"), available, reach,
                r.enumSet("work_consequences", Werkgevolg.class), r.enumSet("learning_ways", Leerwijze.class));
    }

    /** A boolean as SQLite hands it back: true/false from the driver, or 1/0 from a synced text value. */
    private static boolean flag(String stored) {
        return "true".equalsIgnoreCase(stored) || "1".equals(stored);
    }
}
