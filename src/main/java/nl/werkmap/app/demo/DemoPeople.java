package nl.werkmap.app.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Benefit;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
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

/**
 * Makes one fictional candidate: a Dutch name and address, register data, status, profile and mobility, and for
 * about one in twelve a VSO/PrO school. Some fields are left empty on purpose, as in real caseloads, so the
 * completeness and contact warnings have something to show.
 */
final class DemoPeople {

    /** A generated candidate with what the rest of the generator needs to know about them. */
    record DemoPerson(Candidate candidate, String firstName, DemoLists.Place place) {
        UUID id() {
            return candidate.id();
        }
    }

    private static final CandidateStatus[] STATUSES = CandidateStatus.values();
    private static final double[] STATUS_WEIGHTS = {5, 7, 35, 22, 10, 6, 10, 5};
    /** Aanmelding, intake, actief traject, geplaatst; nobody in nazorg, paused, out of view or gone yet. */
    private static final double[] NEW_TEAM_WEIGHTS = {30, 30, 30, 10, 0, 0, 0, 0};
    private static final RegisterStatus[] REGISTER = {RegisterStatus.JA, RegisterStatus.AANGEVRAAGD,
            RegisterStatus.NEE, RegisterStatus.ONBEKEND};
    private static final double[] REGISTER_WEIGHTS = {60, 8, 15, 17};
    private static final Grondslag[] GRONDSLAG = Grondslag.values();
    private static final double[] GRONDSLAG_WEIGHTS = {30, 6, 1, 1, 62};
    private static final OutflowDestination[] OUTFLOW = OutflowDestination.values();
    private static final double[] OUTFLOW_WEIGHTS = {45, 8, 12, 8, 6, 10, 3, 1, 7};
    private static final String[] PAUSE_REASONS = {"Zorgt tijdelijk voor een familielid.",
            "Eerst rust in de thuissituatie; over drie maanden opnieuw bekijken.",
            "Volgt tot de zomer een taaltraject.", "Verhuist naar een andere wijk; daarna verder."};

    private final DemoLists lists;
    private final DemoStaff staff;
    private final LocalDate today;
    /** A new team: only recent intakes and people in their first months, nobody gone yet. */
    private final boolean newTeam;

    DemoPeople(DemoLists lists, DemoStaff staff, LocalDate today) {
        this(lists, staff, today, false);
    }

    DemoPeople(DemoLists lists, DemoStaff staff, LocalDate today, boolean newTeam) {
        this.lists = lists;
        this.staff = staff;
        this.today = today;
        this.newTeam = newTeam;
    }

    DemoPerson make(DemoRandom r) {
        CandidateStatus status = r.weighted(STATUSES, newTeam ? NEW_TEAM_WEIGHTS : STATUS_WEIGHTS);
        boolean pupil = r.chance(0.09) && (status == CandidateStatus.INTAKE || status == CandidateStatus.ACTIEF_TRAJECT
                || status == CandidateStatus.AANMELDING);
        String first = r.pick(lists.firstNames);
        String last = r.pick(lists.surnames);
        DemoLists.Place place = r.pick(lists.places);

        LocalDate registeredOn = switch (status) {
            case AANMELDING -> today.minusDays(r.between(0, 40));
            case INTAKE -> today.minusDays(r.between(14, 100));
            default -> newTeam ? today.minusDays(r.between(status == CandidateStatus.GEPLAATST ? 70 : 40, 120))
                    : today.minusDays(r.between(120, pupil ? 700 : 1500));
        };
        LocalDate statusSince = r.dayBetween(registeredOn, today);
        int age = pupil ? r.between(14, 18) : (r.chance(0.5) ? r.between(18, 35) : r.between(36, 63));
        LocalDate birthDate = today.minusYears(age).minusDays(r.between(0, 364));

        RegisterStatus registerStatus = pupil && r.chance(0.5) ? RegisterStatus.AANGEVRAAGD
                : r.weighted(REGISTER, REGISTER_WEIGHTS);
        Grondslag grondslag = registerStatus == RegisterStatus.JA ? r.weighted(GRONDSLAG, GRONDSLAG_WEIGHTS) : null;
        LocalDate registerStart = grondslag == null ? null
                : min(registeredOn.minusDays(r.between(-60, 2000)), today);
        LocalDate registerEnd = registerStart != null && r.chance(0.03)
                ? r.dayBetween(registerStart, today) : null;
        RegisterInfo register = new RegisterInfo(registerStatus, grondslag, registerStart, registerEnd);

        String bsn = registerStatus == RegisterStatus.JA || registerStatus == RegisterStatus.AANGEVRAAGD
                ? (r.chance(0.9) ? bsn(r) : null) : (r.chance(0.3) ? bsn(r) : null);
        Address address = r.chance(0.95) ? new Address(street(r), postcode(place, r), place.name())
                : new Address(null, null, r.chance(0.5) ? place.name() : null);
        PersonalDetails personal = new PersonalDetails(first + " " + last, r.chance(0.1) ? nickname(first) : null,
                bsn, r.chance(0.95) ? birthDate : null, r.chance(0.92) ? mobile(r) : null,
                r.chance(0.75) ? email(first, last, r) : null, address, place.name());

        DemoLists.School schoolTemplate = pupil ? r.pick(lists.schools) : null;
        SchoolInfo school = schoolTemplate == null ? null : new SchoolInfo(
                schoolTemplate.namePattern().replace("{plaats}", place.name()), schoolTemplate.type(),
                r.pick(Uitstroomprofiel.values()),
                r.chance(0.85) ? LocalDate.of(today.getYear() + r.between(0, 3), 7, r.between(1, 15)) : null,
                r.chance(0.7) ? r.pick(SchoolDestination.values()) : null);

        RouteIn route = school != null ? (school.type() == SchoolType.VSO ? RouteIn.VSO
                : RouteIn.PRO) : grondslag == Grondslag.WAJONG ? RouteIn.UWV_INDICATIE
                : grondslag == Grondslag.PARTICIPATIEWET ? r.pick(RouteIn.PRAKTIJKROUTE, RouteIn.UWV_INDICATIE)
                : r.pick(RouteIn.ANDERS, RouteIn.PRAKTIJKROUTE);
        Benefit benefit = pupil ? Benefit.GEEN : grondslag == Grondslag.WAJONG ? Benefit.WAJONG
                : r.weighted(new Benefit[] {Benefit.PARTICIPATIEWET, Benefit.WW, Benefit.WIA, Benefit.GEEN,
                        Benefit.ANDERS}, new double[] {70, 6, 6, 12, 6});

        String statusReason = switch (status) {
            case TIJDELIJK_NIET_BESCHIKBAAR -> r.pick(PAUSE_REASONS);
            case UIT_BEELD -> "Reageert niet meer op telefoon, mail en brieven.";
            default -> null;
        };
        OutflowDestination outflow = status == CandidateStatus.UITGESTROOMD ? r.weighted(OUTFLOW, OUTFLOW_WEIGHTS)
                : null;
        // In a new team everyone has just been given a coach at intake; a region has a few left without one.
        Coach coach = r.chance(0.03) && !newTeam ? null : r.pick(pupil ? staff.youthCoaches : staff.caseloadCoaches);

        Candidate candidate = new Candidate(r.uuid(), personal, register, route, benefit, status, statusReason,
                statusSince, outflow, coach == null ? null : coach.id(), registeredOn, profile(r, pupil),
                mobility(r, age), school);
        return new DemoPerson(candidate, first, place);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private CandidateProfile profile(DemoRandom r, boolean pupil) {
        List<String> sectors = new ArrayList<>();
        int count = r.between(0, 3);
        for (int i = 0; i < count; i++) {
            String sector = r.pick(lists.sectors);
            if (!sectors.contains(sector)) {
                sectors.add(sector);
            }
        }
        Double hours = r.chance(0.85) ? (double) (pupil ? r.between(4, 8) * 2 : r.between(6, 18) * 2) : null;
        return new CandidateProfile(r.chance(0.85) ? r.pick(lists.talents) : null,
                r.chance(0.85) ? r.pick(lists.wishes) : null,
                r.chance(0.8) ? r.pick(lists.supportNeeds) : null, sectors, hours);
    }

    private static Mobility mobility(DemoRandom r, int age) {
        boolean licence = age >= 18 && r.chance(0.35);
        return new Mobility(licence, licence && r.chance(0.6), r.chance(0.8), r.chance(0.75),
                r.chance(0.8) ? r.between(2, 12) * 5 : null);
    }

    private String street(DemoRandom r) {
        String number = String.valueOf(r.between(1, 180));
        if (r.chance(0.1)) {
            number += r.pick("a", "b", "c");
        }
        return r.pick(lists.streets) + " " + number;
    }

    private static String nickname(String first) {
        return first.length() > 4 ? first.substring(0, 3) : first;
    }

    /** A postcode in the municipality's range; PostNL does not use the letter pairs SA, SD and SS. */
    static String postcode(DemoLists.Place place, DemoRandom r) {
        String letters;
        do {
            letters = "" + (char) ('A' + r.between(0, 25)) + (char) ('A' + r.between(0, 25));
        } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
        return r.between(place.postcodeFrom(), place.postcodeTo()) + " " + letters;
    }

    /**
     * A BSN that passes the 11-proef, in the 9999xxxxx range that BRP test sets use, so a demo number is unlikely
     * to be a real person's. Numbers repeat in very large demo caseloads; nothing in Werkmap relies on uniqueness.
     */
    static String bsn(DemoRandom r) {
        while (true) {
            String first8 = "9999" + String.format(Locale.ROOT, "%04d", r.between(0, 9999));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check != 10) {
                return first8 + check;
            }
        }
    }

    static String mobile(DemoRandom r) {
        String digits = String.format(Locale.ROOT, "%08d", r.between(10_000_000, 99_999_999));
        return switch (r.between(0, 2)) {
            case 0 -> "06 " + digits;
            case 1 -> "06-" + digits;
            default -> "06" + digits;
        };
    }

    static String landline(DemoRandom r) {
        return "0" + r.between(10, 99) + "-" + r.between(1_000_000, 9_999_999);
    }

    /** An address at the reserved example domains (RFC 2606), so no demo mail can reach anyone. */
    static String email(String first, String last, DemoRandom r) {
        String slug = (first + "." + last).toLowerCase(Locale.ROOT).replace(" ", "");
        slug = Normalizer.normalize(slug, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ı", "i")
                .replaceAll("[^a-z.]", "");
        return slug + (r.chance(0.3) ? String.valueOf(r.between(1, 99)) : "") + "@"
                + r.pick("example.com", "example.net", "example.org");
    }
}
