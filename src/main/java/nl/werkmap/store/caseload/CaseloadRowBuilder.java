package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Record;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.rules.CandidateFacts;
import nl.werkmap.domain.rules.Completeness;
import nl.werkmap.domain.rules.ContactRules;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.security.FieldSealer;

/**
 * Turns one candidate row plus its aggregates into a {@link CaseloadRow}, applying the domain's completeness,
 * contact and proefplaatsing rules. The rules look at whether a sealed field is filled, not at its content, so
 * the row carries a presence marker instead of decrypting those fields.
 */
final class CaseloadRowBuilder {

    /** Stands in for a sealed value that is present; never shown, never stored. */
    private static final String PRESENT = "\u2022";
    private static final LocalDate PRESENT_DATE = LocalDate.EPOCH;

    private static final Field<Boolean> HAS_PHONE = CANDIDATE.PHONE.isNotNull().as("has_phone");
    private static final Field<Boolean> HAS_EMAIL = CANDIDATE.EMAIL.isNotNull().as("has_email");
    private static final Field<Boolean> HAS_BIRTH_DATE = CANDIDATE.BIRTH_DATE.isNotNull().as("has_birth_date");
    private static final Field<Boolean> HAS_POSTCODE = CANDIDATE.POSTCODE.isNotNull().as("has_postcode");
    private static final Field<Boolean> HAS_CITY = CANDIDATE.CITY.isNotNull().as("has_city");
    private static final Field<Boolean> HAS_TALENTS = CANDIDATE.TALENTS.isNotNull().as("has_talents");
    private static final Field<Boolean> HAS_WISHES = CANDIDATE.WISHES.isNotNull().as("has_wishes");
    private static final Field<Boolean> HAS_SUPPORT = CANDIDATE.SUPPORT_NEEDS.isNotNull().as("has_support");

    static final List<Field<?>> CANDIDATE_FIELDS = List.of(CANDIDATE.ID, CANDIDATE.FULL_NAME,
            CANDIDATE.PREFERRED_NAME, CANDIDATE.STATUS, CANDIDATE.COACH_ID, CANDIDATE.REGISTER_STATUS,
            CANDIDATE.PREFERRED_SECTORS, CANDIDATE.HOURS_AVAILABLE, CANDIDATE.REGISTERED_ON, CANDIDATE.SCHOOL_NAME,
            CANDIDATE.SCHOOL_TYPE, CANDIDATE.UITSTROOMPROFIEL, CANDIDATE.EXPECTED_LEAVING_DATE,
            CANDIDATE.SCHOOL_DESTINATION, HAS_PHONE, HAS_EMAIL, HAS_BIRTH_DATE, HAS_POSTCODE, HAS_CITY, HAS_TALENTS,
            HAS_WISHES, HAS_SUPPORT);

    private final FieldSealer sealer;
    private final LocalDate today;

    CaseloadRowBuilder(FieldSealer sealer, LocalDate today) {
        this.sealer = sealer;
        this.today = today;
    }

    CaseloadRow row(Record r, String coachName, String lastSession, String lastLadder, Boolean profileConsent,
                    List<Record> proefplaatsingen) {
        String id = r.get(CANDIDATE.ID);
        String fullName = sealer.open("candidate", "full_name", id, r.get(CANDIDATE.FULL_NAME));
        String preferred = sealer.open("candidate", "preferred_name", id, r.get(CANDIDATE.PREFERRED_NAME));
        Candidate outline = outline(r, fullName);
        LocalDate lastContact = lastSession == null ? null : LocalDateTime.parse(lastSession).toLocalDate();
        CandidateFacts facts = new CandidateFacts(lastLadder == null ? null : LocalDate.parse(lastLadder),
                profileConsent, lastContact);
        int completeness = Completeness.assess(outline, facts, today).score();

        List<String> warnings = new ArrayList<>(2);
        ContactRules.check(outline, lastContact, today).ifPresent(w -> warnings.add(w.messageKey()));
        Set<ProefplaatsingWarning> trial = EnumSet.noneOf(ProefplaatsingWarning.class);
        for (Record p : proefplaatsingen) {
            trial.addAll(ProefplaatsingCheck.check(placement(p), today));
        }
        trial.forEach(w -> warnings.add(w.messageKey()));

        String display = preferred == null || preferred.isBlank() ? fullName : preferred;
        return new CaseloadRow(UUID.fromString(id), display, outline.status(), outline.coachId(), coachName,
                outline.register().status(), outline.profile().preferredSectors(), lastContact, completeness,
                warnings, outline.isPupil(), fullName);
    }

    /** The candidate as far as the rules need it: plain fields as stored, sealed ones as present or absent. */
    private static Candidate outline(Record r, String fullName) {
        PersonalDetails personal = new PersonalDetails(fullName, null, null,
                r.get(HAS_BIRTH_DATE) ? PRESENT_DATE : null, r.get(HAS_PHONE) ? PRESENT : null,
                r.get(HAS_EMAIL) ? PRESENT : null,
                new Address(null, r.get(HAS_POSTCODE) ? PRESENT : null, r.get(HAS_CITY) ? PRESENT : null), null);
        String sectors = r.get(CANDIDATE.PREFERRED_SECTORS);
        CandidateProfile profile = new CandidateProfile(r.get(HAS_TALENTS) ? PRESENT : null,
                r.get(HAS_WISHES) ? PRESENT : null, r.get(HAS_SUPPORT) ? PRESENT : null,
                sectors == null || sectors.isEmpty() ? List.of() : Arrays.asList(sectors.split(";")),
                r.get(CANDIDATE.HOURS_AVAILABLE));
        String coach = r.get(CANDIDATE.COACH_ID);
        String registeredOn = r.get(CANDIDATE.REGISTERED_ON);
        return new Candidate(UUID.fromString(r.get(CANDIDATE.ID)), personal,
                new RegisterInfo(RegisterStatus.valueOf(r.get(CANDIDATE.REGISTER_STATUS)), null, null, null),
                null, null, CandidateStatus.valueOf(r.get(CANDIDATE.STATUS)), null, null, null,
                coach == null ? null : UUID.fromString(coach),
                registeredOn == null ? null : LocalDate.parse(registeredOn), profile, Mobility.UNKNOWN, school(r));
    }

    private static SchoolInfo school(Record r) {
        String name = r.get(CANDIDATE.SCHOOL_NAME);
        String type = r.get(CANDIDATE.SCHOOL_TYPE);
        String profiel = r.get(CANDIDATE.UITSTROOMPROFIEL);
        String leaving = r.get(CANDIDATE.EXPECTED_LEAVING_DATE);
        String destination = r.get(CANDIDATE.SCHOOL_DESTINATION);
        if (name == null && type == null && profiel == null && leaving == null && destination == null) {
            return null;
        }
        // Only the two fields the rules read matter here; the school screen reads the full SchoolInfo.
        return new SchoolInfo(name, null, null, leaving == null ? null : LocalDate.parse(leaving),
                destination == null ? null : SchoolDestination.valueOf(destination));
    }

    private static Placement placement(Record p) {
        String start = p.get(PLACEMENT.START_DATE);
        String plannedEnd = p.get(PLACEMENT.PLANNED_END);
        return new Placement(UUID.fromString(p.get(PLACEMENT.ID)), UUID.fromString(p.get(PLACEMENT.CANDIDATE_ID)),
                UUID.fromString(p.get(PLACEMENT.EMPLOYER_ID)), null, PlacementType.PROEFPLAATSING,
                LocalDate.parse(start), plannedEnd == null ? null : LocalDate.parse(plannedEnd), null, null, null,
                0, false, null, null, null, false, false, null, null, null, null);
    }
}
