package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.Record;

import nl.werkmap.domain.PersonName;
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
import nl.werkmap.domain.profile.SchoolverlaterCheck;
import nl.werkmap.domain.rules.CandidateFacts;
import nl.werkmap.domain.rules.Completeness;
import nl.werkmap.domain.rules.ContactRules;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.security.FieldSealer;

/**
 * The row builder as it was before its dates were read by {@link IsoDay} and coach ids shared (issue 13, unlock
 * at 150,000): kept unchanged as the reference {@link CaseloadRowBuilderEquivalenceTest} compares against.
 *
 * Turns one candidate line plus its aggregates into a {@link CaseloadRow}, applying the domain's completeness,
 * contact and proefplaatsing rules. The rules look at whether a sealed field is filled, not at its content, so
 * the row carries a presence marker instead of decrypting those fields. Thread-safe: rows are built in parallel.
 */
final class ReferenceRowBuilder {

    /** Stands in for a sealed value that is present; never shown, never stored. */
    private static final String PRESENT = "\u2022";
    private static final LocalDate PRESENT_DATE = LocalDate.EPOCH;

    private final FieldSealer sealer;
    private final LocalDate today;

    ReferenceRowBuilder(FieldSealer sealer, LocalDate today) {
        this.sealer = sealer;
        this.today = today;
    }

    CaseloadRow row(ReferenceLine r, String coachName, List<Record> proefplaatsingen) {
        String id = r.id();
        String lastSession = r.lastSession();
        String lastLadder = r.lastLadder();
        String fullName = sealer.open("candidate", "full_name", id, r.fullName());
        String preferred = sealer.open("candidate", "preferred_name", id, r.preferredName());
        Candidate outline = outline(r, fullName);
        // starts_at is yyyy-MM-ddTHH:mm; only the day matters here.
        LocalDate lastContact = lastSession == null ? null : LocalDate.parse(lastSession.substring(0, 10));
        CandidateFacts facts = new CandidateFacts(lastLadder == null ? null : LocalDate.parse(lastLadder),
                r.profileConsent(), lastContact);
        int completeness = Completeness.assess(outline, facts, today).score();

        List<String> warnings = new ArrayList<>(2);
        ContactRules.check(outline, lastContact, today).ifPresent(w -> warnings.add(w.messageKey()));
        Set<ProefplaatsingWarning> trial = EnumSet.noneOf(ProefplaatsingWarning.class);
        for (Record p : proefplaatsingen) {
            trial.addAll(ProefplaatsingCheck.check(placement(p), today));
        }
        trial.forEach(w -> warnings.add(w.messageKey()));
        if (r.has(ReferenceLine.SCHOOL_TYPE_NO_PROFILE)
                && SchoolverlaterCheck.notStarted(outline.status(), true, false, lastContact)) {
            warnings.add(SchoolverlaterCheck.WARNING_KEY);
        }

        String display = PersonName.listName(fullName, preferred);
        // The school tells pupils apart; the birth date is only opened for the others.
        String school = r.schoolName();
        String birth = school != null && !school.isBlank() ? null
                : sealer.open("candidate", "birth_date", id, r.birthDate());
        String cue = PersonName.cue(school, birth == null ? null : LocalDate.parse(birth));
        return new CaseloadRow(outline.id(), display, outline.status(), outline.coachId(), coachName,
                outline.register().status(), outline.profile().preferredSectors(), lastContact, completeness,
                warnings, outline.isPupil(), fullName, cue);
    }

    /**
     * One shared immutable list per distinct sector choice: a caseload has a few dozen, and 150,000 rows each
     * holding their own copy of "zorg" and "groen" is tens of megabytes of heap for nothing.
     */
    private final Map<String, List<String>> sectorLists = new ConcurrentHashMap<>();

    private List<String> sectors(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return sectorLists.computeIfAbsent(stored, s -> List.of(s.split(";")));
    }

    /** The candidate as far as the rules need it: plain fields as stored, sealed ones as present or absent. */
    private Candidate outline(ReferenceLine r, String fullName) {
        PersonalDetails personal = new PersonalDetails(fullName, null, null,
                r.has(ReferenceLine.BIRTH_DATE) ? PRESENT_DATE : null, r.has(ReferenceLine.PHONE) ? PRESENT : null,
                r.has(ReferenceLine.EMAIL) ? PRESENT : null, new Address(null,
                        r.has(ReferenceLine.POSTCODE) ? PRESENT : null, r.has(ReferenceLine.CITY) ? PRESENT : null),
                null);
        CandidateProfile profile = new CandidateProfile(r.has(ReferenceLine.TALENTS) ? PRESENT : null,
                r.has(ReferenceLine.WISHES) ? PRESENT : null, r.has(ReferenceLine.SUPPORT_NEEDS) ? PRESENT : null,
                sectors(r.sectors()), r.hoursAvailable());
        String coach = r.coachId();
        String registeredOn = r.registeredOn();
        return new Candidate(UUID.fromString(r.id()), personal,
                new RegisterInfo(RegisterStatus.valueOf(r.registerStatus()), null, null, null),
                null, null, CandidateStatus.valueOf(r.status()), null, null, null,
                coach == null ? null : UUID.fromString(coach),
                registeredOn == null ? null : LocalDate.parse(registeredOn), profile, Mobility.UNKNOWN, school(r));
    }

    private static SchoolInfo school(ReferenceLine r) {
        String leaving = r.expectedLeavingDate();
        String destination = r.schoolDestination();
        if (r.schoolName() == null && !r.has(ReferenceLine.OTHER_SCHOOL) && leaving == null && destination == null) {
            return null;
        }
        // Only the fields the rules read matter here; the school screen reads the full SchoolInfo.
        return new SchoolInfo(r.schoolName(), null, null, leaving == null ? null : LocalDate.parse(leaving),
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
