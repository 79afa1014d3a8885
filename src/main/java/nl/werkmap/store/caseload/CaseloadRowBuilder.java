package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.werkmap.domain.rules.ContactWarning;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.security.FieldSealer;

/**
 * Turns one candidate line plus its aggregates into a {@link CaseloadRow}, applying the domain's completeness,
 * contact and proefplaatsing rules. The rules look at whether a sealed field is filled, not at its content, so
 * the row carries a presence marker instead of decrypting those fields. Thread-safe: rows are built in parallel.
 */
final class CaseloadRowBuilder {

    /** Stands in for a sealed value that is present; never shown, never stored. */
    private static final String PRESENT = "\u2022";
    private static final LocalDate PRESENT_DATE = LocalDate.EPOCH;
    /** The outline's address as postcode and city are present (bit 1, bit 2): immutable, so shared by all rows. */
    private static final Address[] ADDRESSES = {new Address(null, null, null), new Address(null, PRESENT, null),
            new Address(null, null, PRESENT), new Address(null, PRESENT, PRESENT)};
    /** The outline's register info per status: immutable, so shared by all rows. */
    private static final Map<RegisterStatus, RegisterInfo> REGISTERS = new EnumMap<>(RegisterStatus.class);

    static {
        for (RegisterStatus status : RegisterStatus.values()) {
            REGISTERS.put(status, new RegisterInfo(status, null, null, null));
        }
    }

    private final FieldSealer sealer;
    private final LocalDate today;
    private final DayTable days;
    /** Whether birth dates stay sealed until a row's cue is asked ({@link SealedCue}), or are opened at once. */
    private final boolean cuesLater;

    /** For one row at a time: its birth date opened at once, so the row keeps nothing of the builder. */
    CaseloadRowBuilder(FieldSealer sealer, LocalDate today) {
        this(sealer, today, new DayTable(), false);
    }

    /**
     * With the days the lines' reader shares, so a row's days and its birth day come from one table.
     *
     * @param cuesLater true for a whole-list read: each row keeps its birth date sealed, and this builder, until its
     *                  cue is asked
     */
    CaseloadRowBuilder(FieldSealer sealer, LocalDate today, DayTable days, boolean cuesLater) {
        this.sealer = sealer;
        this.today = today;
        this.days = days;
        this.cuesLater = cuesLater;
    }

    CaseloadRow row(CandidateLine r, String coachName, List<Record> proefplaatsingen) {
        String coach = r.coachId();
        return row(r, UUID.fromString(r.id()), coach == null ? null : coachId(coach), coachName, proefplaatsingen);
    }

    /**
     * The same row, with the candidate's id and its coach's id already parsed: the whole-list read looks each
     * coach up once per row for both its id and its name ({@link CaseloadCoaches}) instead of hashing the same
     * id string twice.
     */
    CaseloadRow row(CandidateLine r, UUID candidateId, UUID coachId, String coachName,
                    List<Record> proefplaatsingen) {
        String id = r.id();
        String fullName = sealer.open("candidate", "full_name", id, r.fullName());
        // Most candidates have no roepnaam: nothing to open then (open gives null for null).
        String preferred = r.preferredName() == null ? null
                : sealer.open("candidate", "preferred_name", id, r.preferredName());
        Candidate outline = outline(r, candidateId, coachId, fullName);
        LocalDate lastContact = r.lastSession();
        CandidateFacts facts = new CandidateFacts(r.lastLadder(), r.profileConsent(), lastContact);
        int completeness = Completeness.assess(outline, facts, today).score();

        // At most two warnings without a running proefplaatsing: an immutable list of them, no list to copy.
        Optional<ContactWarning> contactWarning = ContactRules.check(outline, lastContact, today);
        String contact = contactWarning.isPresent() ? contactKey(contactWarning.get()) : null;
        List<String> warnings;
        if (proefplaatsingen.isEmpty()) {
            boolean schoolLeaver = r.has(CandidateLine.SCHOOL_TYPE_NO_PROFILE)
                    && SchoolverlaterCheck.notStarted(outline.status(), true, false, lastContact);
            warnings = warningList(contact, schoolLeaver);
        } else {
            warnings = new ArrayList<>(4);
            if (contact != null) {
                warnings.add(contact);
            }
            Set<ProefplaatsingWarning> trial = EnumSet.noneOf(ProefplaatsingWarning.class);
            for (Record p : proefplaatsingen) {
                trial.addAll(ProefplaatsingCheck.check(placement(p), today));
            }
            trial.forEach(w -> warnings.add(w.messageKey()));
            if (r.has(CandidateLine.SCHOOL_TYPE_NO_PROFILE)
                    && SchoolverlaterCheck.notStarted(outline.status(), true, false, lastContact)) {
                warnings.add(SchoolverlaterCheck.WARNING_KEY);
            }
        }

        String display = PersonName.listName(fullName, preferred);
        // The school tells pupils apart; the birth date is only needed for the others.
        String school = r.schoolName();
        if (school != null && !school.isBlank() || r.birthDate() == null) {
            return new CaseloadRow(outline.id(), display, outline.status(), outline.coachId(), coachName,
                    outline.register().status(), outline.profile().preferredSectors(), lastContact, completeness,
                    warnings, outline.isPupil(), fullName, cue(school, null));
        }
        if (!cuesLater) {
            return new CaseloadRow(outline.id(), display, outline.status(), outline.coachId(), coachName,
                    outline.register().status(), outline.profile().preferredSectors(), lastContact, completeness,
                    warnings, outline.isPupil(), fullName, birthCue(id, r.birthDate()));
        }
        return new CaseloadRow(outline.id(), display, outline.status(), outline.coachId(), coachName,
                outline.register().status(), outline.profile().preferredSectors(), lastContact, completeness,
                warnings, outline.isPupil(), fullName, SealedCue.of(this, id, r.birthDate()));
    }

    /**
     * The cue of someone without a school (null or blank) from the sealed birth date: the birth year. Throws what
     * opening or reading the date throws.
     */
    String birthCue(String rowId, byte[] sealedBirthDate) {
        // A blank school gives the same cue as none (PersonName.cue), so the school need not be kept for later.
        return cue(null, sealer.open("candidate", "birth_date", rowId, sealedBirthDate));
    }

    /**
     * The second cue, one shared string per distinct cue. Someone without a school has the birth year as cue: the
     * cue is asked once per birth day met ({@link PersonName#cue} stays the rule), not made anew per row.
     */
    private String cue(String school, String birth) {
        if (school == null && birth != null) {
            LocalDate day = days.of(birth);
            if (day != null) {
                String known = cuesByBirthDay.get(day);
                return known != null ? known : cuesByBirthDay.computeIfAbsent(day, d -> shared(PersonName.cue(null, d)));
            }
        }
        return shared(PersonName.cue(school, IsoDay.of(birth)));
    }

    private final Map<LocalDate, String> cuesByBirthDay = new ConcurrentHashMap<>();

    /**
     * One immutable list per combination of a contact warning and the school leaver's warning: a fifth of the rows
     * kept a list of their own with the same one key.
     */
    private final Map<String, List<String>> warningLists = new ConcurrentHashMap<>();

    private List<String> warningList(String contact, boolean schoolLeaver) {
        if (contact == null) {
            return schoolLeaver ? SCHOOL_LEAVER_ONLY : List.of();
        }
        Map<String, List<String>> lists = warningLists;
        String key = schoolLeaver ? contact + '|' : contact;
        List<String> known = lists.get(key);
        return known != null ? known : lists.computeIfAbsent(key, k -> schoolLeaver
                ? List.of(contact, SchoolverlaterCheck.WARNING_KEY) : List.of(contact));
    }

    private static final List<String> SCHOOL_LEAVER_ONLY = List.of(SchoolverlaterCheck.WARNING_KEY);

    /**
     * One key string per kind of contact warning: {@code ContactWarning.messageKey} joins a new string for each call,
     * and its key depends on the kind alone.
     */
    private final Map<ContactWarning.Kind, String> contactKeys = new ConcurrentHashMap<>();

    private String contactKey(ContactWarning warning) {
        String known = contactKeys.get(warning.kind());
        return known != null ? known : contactKeys.computeIfAbsent(warning.kind(), k -> warning.messageKey());
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

    /**
     * One string per distinct cue: a birth year or a school repeats over thousands of rows, and a copy per row kept
     * about 7 MB at 150,000 alive for as long as the list is shown.
     */
    private final Map<String, String> cues = new ConcurrentHashMap<>();

    private String shared(String cue) {
        if (cue == null) {
            return null;
        }
        String known = cues.get(cue);
        return known != null ? known : cues.computeIfAbsent(cue, c -> c);
    }

    /**
     * One UUID per coach: a caseload has a few hundred coaches, and parsing the same id again for each of 150,000
     * rows cost CPU and left each row with a copy of its own.
     */
    private final Map<String, UUID> coachIds = new ConcurrentHashMap<>();

    /** The shared UUID of a coach id as stored. */
    UUID coachId(String stored) {
        return coachIds.computeIfAbsent(stored, UUID::fromString);
    }

    /** The candidate as far as the rules need it: plain fields as stored, sealed ones as present or absent. */
    private Candidate outline(CandidateLine r, UUID candidateId, UUID coachId, String fullName) {
        PersonalDetails personal = new PersonalDetails(fullName, null, null,
                r.has(CandidateLine.BIRTH_DATE) ? PRESENT_DATE : null, r.has(CandidateLine.PHONE) ? PRESENT : null,
                r.has(CandidateLine.EMAIL) ? PRESENT : null,
                ADDRESSES[(r.has(CandidateLine.POSTCODE) ? 1 : 0) | (r.has(CandidateLine.CITY) ? 2 : 0)], null);
        CandidateProfile profile = new CandidateProfile(r.has(CandidateLine.TALENTS) ? PRESENT : null,
                r.has(CandidateLine.WISHES) ? PRESENT : null, r.has(CandidateLine.SUPPORT_NEEDS) ? PRESENT : null,
                sectors(r.sectors()), r.hoursAvailable());
        return new Candidate(candidateId, personal,
                REGISTERS.get(RegisterStatus.valueOf(r.registerStatus())),
                null, null, CandidateStatus.valueOf(r.status()), null, null, null,
                coachId,
                r.registeredOn(), profile, Mobility.UNKNOWN, school(r));
    }

    private static SchoolInfo school(CandidateLine r) {
        LocalDate leaving = r.expectedLeavingDate();
        String destination = r.schoolDestination();
        if (r.schoolName() == null && !r.has(CandidateLine.OTHER_SCHOOL) && leaving == null && destination == null) {
            return null;
        }
        // Only the fields the rules read matter here; the school screen reads the full SchoolInfo.
        return new SchoolInfo(r.schoolName(), null, null, leaving,
                destination == null ? null : SchoolDestination.valueOf(destination));
    }

    private static Placement placement(Record p) {
        String start = p.get(PLACEMENT.START_DATE);
        String plannedEnd = p.get(PLACEMENT.PLANNED_END);
        return new Placement(UUID.fromString(p.get(PLACEMENT.ID)), UUID.fromString(p.get(PLACEMENT.CANDIDATE_ID)),
                UUID.fromString(p.get(PLACEMENT.EMPLOYER_ID)), null, PlacementType.PROEFPLAATSING,
                IsoDay.of(start), IsoDay.of(plannedEnd), null, null, null,
                0, false, null, null, null, false, false, null, null, null, null);
    }
}
