package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.app.demo.DemoPeople.DemoPerson;
import nl.werkmap.domain.Benefit;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * Places demo candidates: the current placement that fits their status, sometimes an earlier one (a proefplaatsing
 * that became a contract, a stage that ended), and the people around each placement: the buddy, the leidinggevende
 * and sometimes HR or an internal jobcoach.
 */
final class DemoPlacements {

    /** A placement and the first name of its buddy, so session notes can mention them. */
    record Story(Placement placement, String buddy) {
    }

    private static final PlacementType[] PLACED = {PlacementType.DIENSTVERBAND, PlacementType.PROEFPLAATSING,
            PlacementType.DETACHERING, PlacementType.UITZEND, PlacementType.BESCHUT_WERK,
            PlacementType.LEERWERKPLEK_STAGE, PlacementType.VRIJWILLIGERSWERK};
    private static final double[] PLACED_WEIGHTS = {45, 15, 12, 10, 10, 5, 3};
    private static final PlacementType[] AFTERCARE = {PlacementType.DIENSTVERBAND, PlacementType.DETACHERING,
            PlacementType.UITZEND, PlacementType.BESCHUT_WERK};
    private static final double[] AFTERCARE_WEIGHTS = {60, 15, 10, 15};
    private static final PlacementType[] PREPARING = {PlacementType.LEERWERKPLEK_STAGE,
            PlacementType.VRIJWILLIGERSWERK, PlacementType.PROEFPLAATSING};
    private static final String[] CARVED = {"Post rondbrengen, kopieerwerk en vergaderzalen klaarzetten.",
            "Vaatwassers in- en uitruimen en afval scheiden.", "Retouren sorteren, labelen en terugleggen.",
            "Winkelwagens verzamelen en het buitenterrein vegen.", "Materiaal uitzetten voor de monteurs."};
    private static final String[] AVAILABILITY = {"Ma t/m vr 8:00-16:30", "Di, wo en do, tot 15:00",
            "Alleen ochtenden", "Ma t/m do, bij voorkeur na de lunch"};

    /** The stream kind for loonwaarde histories (candidates are 3, see DemoCaseload). */
    private static final long KIND_LOONWAARDE = 4;

    private final DemoLists lists;
    private final DemoStaff staff;
    private final LocalDate today;

    DemoPlacements(DemoLists lists, DemoStaff staff, LocalDate today) {
        this.lists = lists;
        this.staff = staff;
        this.today = today;
    }

    List<Story> make(DemoPerson person, DemoRandom r, DemoBatch batch) {
        Candidate c = person.candidate();
        PlacementType current = currentType(c, r);
        List<Story> stories = new ArrayList<>();
        if (current == null) {
            if ((c.status() == CandidateStatus.TIJDELIJK_NIET_BESCHIKBAAR || c.status() == CandidateStatus.UIT_BEELD)
                    && r.chance(0.2)) {
                LocalDate start = r.dayBetween(c.registeredOn(), max(c.registeredOn(), today.minusDays(120)));
                Placement ended = placement(c, r.pick(PREPARING), start, r, staff.employerNear(
                        person.place().name(), r)).endedOn(r.dayBetween(start, today), r.pick(
                        PlacementEndReason.ONTSLAG_DOOR_KANDIDAAT, PlacementEndReason.ANDERS,
                        PlacementEndReason.CONTRACT_AFGELOPEN), "Gestopt; zie gespreksverslagen.");
                stories.add(withContacts(ended, r, batch));
            }
            return stories;
        }
        DemoStaff.DemoEmployer employer = staff.employerNear(person.place().name(), r);
        LocalDate earliest = c.registeredOn().plusDays(30);
        LocalDate latest = c.status() == CandidateStatus.UITGESTROOMD && c.statusSince().isBefore(today.minusDays(7))
                ? c.statusSince() : today.minusDays(7);
        LocalDate start = startFor(current, earliest, latest, r);
        if (current == PlacementType.DIENSTVERBAND && r.chance(0.25)
                && start.minusMonths(2).isAfter(c.registeredOn())) {
            LocalDate proefStart = start.minusMonths(2);
            Placement proef = new Placement(r.uuid(), c.id(), employer.employer().id(), r.pick(employer.template().jobs()),
                    PlacementType.PROEFPLAATSING, proefStart, start.minusDays(1), start.minusDays(1),
                    PlacementEndReason.OVERGEGAAN_IN_CONTRACT, "Werkgever biedt een contract aan.",
                    r.between(6, 12) * 2, false, null, null, null, false, false, null, null, null, null);
            stories.add(withContacts(proef, r, batch));
        } else if (r.chance(0.15) && start.minusMonths(5).isAfter(c.registeredOn())) {
            LocalDate stageStart = start.minusMonths(5);
            Placement stage = placement(c, PlacementType.LEERWERKPLEK_STAGE, stageStart, r,
                    staff.employerNear(person.place().name(), r)).endedOn(stageStart.plusMonths(3),
                    PlacementEndReason.CONTRACT_AFGELOPEN, "Stage afgerond met een goede beoordeling.");
            stories.add(withContacts(stage, r, batch));
        }
        Placement now = placement(c, current, start, r, employer);
        if (c.status() == CandidateStatus.UITGESTROOMD && r.chance(0.15)) {
            now = now.endedOn(r.dayBetween(start, today), PlacementEndReason.DOORGESTROOMD,
                    "Doorgestroomd naar een andere werkgever.");
        }
        stories.add(withContacts(now, r, batch));
        return stories;
    }

    private static PlacementType currentType(Candidate c, DemoRandom r) {
        return switch (c.status()) {
            case GEPLAATST -> r.weighted(PLACED, PLACED_WEIGHTS);
            case NAZORG -> r.weighted(AFTERCARE, AFTERCARE_WEIGHTS);
            case ACTIEF_TRAJECT -> c.isPupil() ? (r.chance(0.5) ? PlacementType.LEERWERKPLEK_STAGE : null)
                    : (r.chance(0.35) ? r.pick(PREPARING) : null);
            case UITGESTROOMD -> c.outflowDestination() == OutflowDestination.REGULIER_WERK && r.chance(0.85)
                    ? r.pick(PlacementType.DIENSTVERBAND, PlacementType.DIENSTVERBAND, PlacementType.DETACHERING)
                    : c.outflowDestination() == OutflowDestination.BESCHUT_WERK ? PlacementType.BESCHUT_WERK : null;
            default -> null;
        };
    }

    private LocalDate startFor(PlacementType type, LocalDate earliest, LocalDate to, DemoRandom r) {
        LocalDate from = switch (type) {
            case PROEFPLAATSING -> today.minusDays(150);
            case LEERWERKPLEK_STAGE -> today.minusDays(120);
            default -> today.minusDays(1400);
        };
        LocalDate lower = earliest.isAfter(from) ? earliest : from;
        return r.dayBetween(lower.isAfter(to) ? to : lower, to);
    }

    private Placement placement(Candidate c, PlacementType type, LocalDate start, DemoRandom r,
                                DemoStaff.DemoEmployer employer) {
        boolean paid = type == PlacementType.DIENSTVERBAND || type == PlacementType.DETACHERING
                || type == PlacementType.UITZEND || type == PlacementType.BESCHUT_WERK;
        LocalDate plannedEnd = plannedEnd(type, start, r);
        double hours = switch (type) {
            case LEERWERKPLEK_STAGE -> r.between(4, 10) * 2;
            case VRIJWILLIGERSWERK -> r.between(2, 8) * 2;
            case PROEFPLAATSING -> r.between(6, 12) * 2;
            default -> r.chance(0.05) ? 38 : r.between(6, 16) * 2;
        };
        boolean participatiewet = c.register().grondslag() == Grondslag.PARTICIPATIEWET
                || c.benefit() == Benefit.PARTICIPATIEWET;
        Integer loonwaarde = (paid || type == PlacementType.PROEFPLAATSING)
                && (participatiewet ? r.chance(0.75) : r.chance(0.3)) ? r.between(6, 19) * 5 : null;
        boolean lks = loonwaarde != null && participatiewet && paid;
        boolean jobcoach = (paid || type == PlacementType.PROEFPLAATSING) && type != PlacementType.BESCHUT_WERK
                && r.chance(0.6);
        JobcoachType coachType = !jobcoach ? null : c.register().grondslag() == Grondslag.WAJONG
                ? JobcoachType.EXTERN_UWV : (r.chance(0.75) ? JobcoachType.GEMEENTE : JobcoachType.INTERN);
        JobcoachRegime regime = jobcoach ? r.pick(JobcoachRegime.values()) : null;
        Double granted = regime == null ? null : (double) switch (regime) {
            case ZEER_LICHT -> r.between(8, 15);
            case LICHT -> r.between(20, 30);
            case MIDDEN -> r.between(35, 50);
            case INTENSIEF -> r.between(60, 90);
        };
        boolean carving = paid && r.chance(0.15);
        Integer sequence = type == PlacementType.DIENSTVERBAND
                && employer.employer().sector() == EmployerSector.OVERHEID && r.chance(0.4) ? r.between(1, 3) : null;
        return new Placement(r.uuid(), c.id(), employer.employer().id(), r.pick(employer.template().jobs()), type,
                start, plannedEnd, null, null, null, hours, carving, carving ? r.pick(CARVED) : null, loonwaarde,
                loonwaarde == null ? null : start.minusDays(r.between(0, 30)), lks,
                paid && c.register().status() == RegisterStatus.JA && r.chance(0.8), sequence, coachType, regime,
                granted);
    }

    private LocalDate plannedEnd(PlacementType type, LocalDate start, DemoRandom r) {
        return switch (type) {
            case PROEFPLAATSING -> {
                LocalDate end = start.plusMonths(r.weighted(new Integer[] {2, 3, 6}, new double[] {70, 20, 10}))
                        .minusDays(1);
                LocalDate max = ProefplaatsingCheck.maximumEnd(start);
                yield end.isAfter(max) ? max : end;
            }
            case LEERWERKPLEK_STAGE -> start.plusMonths(6).minusDays(1);
            case VRIJWILLIGERSWERK -> null;
            default -> {
                if (r.chance(0.4)) {
                    yield null;
                }
                LocalDate end = start.plusMonths(6).minusDays(1);
                while (end.isBefore(today)) {
                    end = end.plusYears(1);
                }
                yield end;
            }
        };
    }

    private Story withContacts(Placement measured, DemoRandom r, DemoBatch batch) {
        Placement p = loonwaardeHistory(measured, batch);
        batch.placements.add(p);
        LocalDate last = p.actualEnd() != null ? p.actualEnd() : today.minusDays(r.between(0, 30));
        String buddy = r.pick(lists.firstNames);
        if (p.type() != PlacementType.VRIJWILLIGERSWERK || r.chance(0.5)) {
            batch.contacts.add(contact(p, buddy + " " + r.pick(lists.surnames), ContactRole.BUDDY, r,
                    r.pick(AVAILABILITY), r.chance(0.3) ? "Vaste buddy; werkt zelf al 12 jaar op deze afdeling."
                            : null, last));
        }
        if (r.chance(0.85)) {
            batch.contacts.add(contact(p, r.pick(lists.firstNames) + " " + r.pick(lists.surnames),
                    ContactRole.LEIDINGGEVENDE, r, null, null, last.minusDays(r.between(0, 40))));
        }
        if (r.chance(0.25)) {
            batch.contacts.add(contact(p, r.pick(lists.firstNames) + " " + r.pick(lists.surnames), ContactRole.HR, r,
                    "Via e-mail", null, r.chance(0.5) ? last.minusDays(r.between(10, 90)) : null));
        }
        if (p.jobcoachType() == JobcoachType.INTERN) {
            batch.contacts.add(contact(p, r.pick(lists.firstNames) + " " + r.pick(lists.surnames),
                    ContactRole.INTERNE_JOBCOACH, r, r.pick(AVAILABILITY), null, last));
        }
        return new Story(p, buddy);
    }

    /**
     * The loonwaarde measurements behind a placement's loonwaarde: the first around the start, then one on each
     * due date while the placement runs, the percentage growing a little each time; the placement carries the
     * newest. About one placement in eight misses its latest re-measurement, so the werklijst shows a few overdue
     * ones, as a real caseload does. Its own random stream, so the rest of the demo stays as it was.
     */
    private Placement loonwaardeHistory(Placement p, DemoBatch batch) {
        if (p.loonwaardePct() == null || p.loonwaardeMeasuredOn() == null) {
            return p;
        }
        DemoRandom r = DemoRandom.forItem(p.id().getLeastSignificantBits() ^ p.id().getMostSignificantBits(),
                KIND_LOONWAARDE, 0);
        LocalDate until = p.actualEnd() != null && p.actualEnd().isBefore(today) ? p.actualEnd() : today;
        boolean missesLast = r.chance(0.12);
        LocalDate day = p.loonwaardeMeasuredOn();
        int pct = p.loonwaardePct();
        LoonwaardeMeasurement latest = null;
        while (true) {
            LocalDate next = r.chance(0.3) ? day.plusMonths(6) : null;
            latest = new LoonwaardeMeasurement(r.uuid(), p.candidateId(), p.id(), day, pct,
                    r.pick(LoonwaardeMethod.DARIUZ, LoonwaardeMethod.DARIUZ, LoonwaardeMethod.LOONWAARDE_PLUS,
                            LoonwaardeMethod.UWV_ARBEIDSDESKUNDIGE, LoonwaardeMethod.GEMEENTE),
                    r.pick(lists.firstNames).charAt(0) + ". " + r.pick(lists.surnames), next,
                    p.loonkostensubsidie(), p.loonkostensubsidie() ? (double) r.between(40, 140) * 10 : null, null);
            batch.loonwaarde.add(latest);
            LocalDate due = latest.nextDue(WerkmapRules.LOONWAARDE_REMEASURE_MONTHS);
            if (due.isAfter(until) || (missesLast && due.plusMonths(12).isAfter(until))) {
                break;
            }
            day = DemoRandom.workday(due.plusDays(r.between(-10, 10)));
            day = day.isAfter(until) ? until : day;
            pct = Math.min(100, pct + r.between(0, 2) * 5);
        }
        return p.withLatestLoonwaarde(latest);
    }

    private static EmployerContact contact(Placement p, String name, ContactRole role, DemoRandom r,
                                           String availability, String notes, LocalDate lastContact) {
        String[] parts = name.split(" ", 2);
        return new EmployerContact(r.uuid(), p.id(), name, role, r.chance(0.9) ? DemoPeople.mobile(r) : null,
                r.chance(0.6) ? DemoPeople.email(parts[0], parts[1], r) : null, availability, notes,
                lastContact != null && lastContact.isBefore(p.start()) ? p.start() : lastContact);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
