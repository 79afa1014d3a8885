package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Benefit;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.RouteIn;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;
import nl.werkmap.store.mapping.StoredRow;

/**
 * The candidate table. Everything that identifies or describes the person is sealed (names, BSN, birth date,
 * contact details, address, the profile texts, the status reason); register data, statuses, dates of events,
 * sectors, mobility and school data stay plain so reports run in SQL.
 */
public final class CandidateMapping {

    public static final EntityTable<Candidate> TABLE = new EntityTable<>(Tables.CANDIDATE, Candidate::id, List.of(
            sealed("full_name", c -> c.personal().fullName()),
            sealed("preferred_name", c -> c.personal().preferredName()),
            sealed("bsn", c -> c.personal().bsn()),
            sealed("birth_date", c -> c.personal().birthDate()),
            sealed("phone", c -> c.personal().phone()),
            sealed("email", c -> c.personal().email()),
            sealed("street_address", c -> c.personal().address().street()),
            sealed("postcode", c -> c.personal().address().postcode()),
            sealed("city", c -> c.personal().address().city()),
            sealed("talents", c -> c.profile().talents()),
            sealed("wishes", c -> c.profile().wishes()),
            sealed("support_needs", c -> c.profile().supportNeeds()),
            sealed("status_reason", Candidate::statusReason),
            plain("municipality", c -> c.personal().municipality()),
            // The column is NOT NULL; a form still being filled in has no answer yet, which is ONBEKEND.
            plain("register_status", c -> c.register().status() == null ? RegisterStatus.ONBEKEND
                    : c.register().status()),
            plain("grondslag", c -> c.register().grondslag()),
            plain("register_start", c -> c.register().start()),
            plain("register_end", c -> c.register().end()),
            plain("route_in", Candidate::routeIn),
            plain("benefit", Candidate::benefit),
            plain("status", Candidate::status),
            plain("status_since", Candidate::statusSince),
            plain("outflow_destination", Candidate::outflowDestination),
            plain("coach_id", Candidate::coachId),
            plain("registered_on", Candidate::registeredOn),
            plain("preferred_sectors", c -> c.profile().preferredSectors()),
            plain("hours_available", c -> c.profile().hoursAvailable()),
            plain("has_driving_licence", c -> c.mobility().drivingLicence()),
            plain("has_car", c -> c.mobility().car()),
            plain("uses_public_transport", c -> c.mobility().publicTransport()),
            plain("has_bicycle", c -> c.mobility().bicycle()),
            plain("max_travel_minutes", c -> c.mobility().maxTravelMinutes()),
            plain("school_name", c -> c.school() == null ? null : c.school().schoolName()),
            plain("school_type", c -> c.school() == null ? null : c.school().type()),
            plain("uitstroomprofiel", c -> c.school() == null ? null : c.school().uitstroomprofiel()),
            plain("expected_leaving_date", c -> c.school() == null ? null : c.school().expectedLeavingDate()),
            plain("school_destination", c -> c.school() == null ? null : c.school().destination())),
            CandidateMapping::read);

    private CandidateMapping() {
    }

    static Candidate read(StoredRow r) {
        PersonalDetails personal = new PersonalDetails(r.opened("full_name"), r.opened("preferred_name"),
                r.opened("bsn"), r.openedDate("birth_date"), r.opened("phone"), r.opened("email"),
                new Address(r.opened("street_address"), r.opened("postcode"), r.opened("city")),
                r.text("municipality"));
        RegisterInfo register = new RegisterInfo(r.enumValue("register_status", RegisterStatus.class),
                r.enumValue("grondslag", Grondslag.class), r.date("register_start"), r.date("register_end"));
        CandidateProfile profile = new CandidateProfile(r.opened("talents"), r.opened("wishes"),
                r.opened("support_needs"), r.list("preferred_sectors"), r.decimal("hours_available"));
        Mobility mobility = new Mobility(r.flag("has_driving_licence"), r.flag("has_car"),
                r.flag("uses_public_transport"), r.flag("has_bicycle"), r.integer("max_travel_minutes"));
        return new Candidate(r.id(), personal, register, r.enumValue("route_in", RouteIn.class),
                r.enumValue("benefit", Benefit.class), r.enumValue("status", CandidateStatus.class),
                r.opened("status_reason"), r.date("status_since"),
                r.enumValue("outflow_destination", OutflowDestination.class), r.uuid("coach_id"),
                r.date("registered_on"), profile, mobility, school(r));
    }

    /** A candidate is a pupil when any school field is known. */
    private static SchoolInfo school(StoredRow r) {
        SchoolInfo school = new SchoolInfo(r.text("school_name"), r.enumValue("school_type", SchoolType.class),
                r.enumValue("uitstroomprofiel", Uitstroomprofiel.class), r.date("expected_leaving_date"),
                r.enumValue("school_destination", SchoolDestination.class));
        boolean any = school.schoolName() != null || school.type() != null || school.uitstroomprofiel() != null
                || school.expectedLeavingDate() != null || school.destination() != null;
        return any ? school : null;
    }
}
