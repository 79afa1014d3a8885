package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.app.demo.DemoPeople.DemoPerson;
import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;

/**
 * Up to two years of coaching sessions per demo candidate, from the intake to the latest visit: workplace visits
 * while someone is placed, school visits for pupils, calls and office talks otherwise, with notes in Dutch. Some
 * candidates are deliberately not seen for a while (or never), so the "uit beeld" warning has work to do.
 * Every candidate gets the same history whatever the size of the caseload: a large demo that thinned it would
 * flatter every figure measured on it.
 */
final class DemoSessions {
    private static final int HISTORY_DAYS = 730;

    private final DemoLists lists;
    private final DemoStaff staff;
    private final LocalDate today;

    DemoSessions(DemoLists lists, DemoStaff staff, LocalDate today) {
        this.lists = lists;
        this.staff = staff;
        this.today = today;
    }

    void make(DemoPerson person, List<DemoPlacements.Story> stories, DemoRandom r, DemoBatch batch) {
        Candidate c = person.candidate();
        LocalDate last = lastContact(c, r);
        if (last == null) {
            return;
        }
        last = DemoRandom.workdayOnOrBefore(last.isAfter(today) ? today : last);
        LocalDate windowStart = today.minusDays(HISTORY_DAYS);
        if (last.isBefore(windowStart)) {
            return;
        }
        LocalDate first = c.registeredOn().isAfter(windowStart) ? c.registeredOn() : windowStart;
        if (first.isAfter(last)) {
            first = last;
        }
        UUID coach = c.coachId() != null ? c.coachId() : r.pick(staff.caseloadCoaches).id();
        double meanGap = switch (c.status()) {
            case INTAKE -> 10;
            case ACTIEF_TRAJECT, GEPLAATST -> 16;
            case NAZORG -> 35;
            default -> 21;
        };
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = first;
        while (true) {
            LocalDate visit = DemoRandom.workday(day);
            if (!visit.isBefore(last)) {
                days.add(last);
                break;
            }
            days.add(visit);
            day = visit.plusDays(Math.max(1, Math.round(meanGap * (0.6 + 0.8 * r.nextDouble()))));
        }
        boolean intake = first.equals(c.registeredOn());
        for (int i = 0; i < days.size(); i++) {
            batch.sessions.add(session(person, stories, days.get(i), intake && i == 0, coach, r, batch));
        }
    }

    /** The day of the latest contact, or null for someone never seen. */
    private LocalDate lastContact(Candidate c, DemoRandom r) {
        return switch (c.status()) {
            case AANMELDING -> r.chance(0.6) ? null : c.registeredOn().plusDays(r.between(0, 10));
            case UIT_BEELD -> today.minusDays(r.between(50, 200));
            case UITGESTROOMD -> c.statusSince();
            case TIJDELIJK_NIET_BESCHIKBAAR -> {
                LocalDate checkCall = today.minusDays(r.between(14, 90));
                yield c.statusSince().isAfter(checkCall) ? c.statusSince() : checkCall;
            }
            default -> r.chance(0.08) ? today.minusDays(r.between(43, 100)) : today.minusDays(r.between(0, 14));
        };
    }

    private CoachingSession session(DemoPerson person, List<DemoPlacements.Story> stories, LocalDate day,
                                    boolean intake, UUID coach, DemoRandom r, DemoBatch batch) {
        Candidate c = person.candidate();
        DemoPlacements.Story at = null;
        for (DemoPlacements.Story s : stories) {
            if (s.placement().isActiveOn(day)) {
                at = s;
            }
        }
        SessionType type;
        SessionLocation location;
        Set<Attendee> attendees = EnumSet.of(Attendee.KANDIDAAT);
        int minutes;
        if (intake) {
            type = SessionType.INTAKE;
            location = SessionLocation.KANTOOR;
            minutes = r.between(12, 18) * 5;
        } else if (r.chance(0.02)) {
            type = SessionType.CRISIS;
            location = r.pick(SessionLocation.THUIS, SessionLocation.TELEFONISCH, SessionLocation.WERKPLEK);
            minutes = r.between(6, 24) * 5;
        } else if (at != null) {
            type = c.status() == CandidateStatus.NAZORG ? SessionType.NAZORG
                    : r.weighted(new SessionType[] {SessionType.WERKPLEKBEZOEK, SessionType.EVALUATIE,
                            SessionType.DRIEGESPREK}, new double[] {70, 15, 15});
            location = r.chance(0.85) ? SessionLocation.WERKPLEK : SessionLocation.TELEFONISCH;
            minutes = location == SessionLocation.TELEFONISCH ? r.between(2, 6) * 5 : r.between(6, 18) * 5;
            attendees.add(Attendee.BUDDY);
            if (type != SessionType.WERKPLEKBEZOEK) {
                attendees.add(Attendee.LEIDINGGEVENDE);
            }
            if (r.chance(0.05)) {
                attendees.remove(Attendee.KANDIDAAT);
            }
        } else if (c.isPupil()) {
            type = SessionType.SCHOOLBEZOEK;
            location = SessionLocation.SCHOOL;
            minutes = r.between(6, 12) * 5;
            attendees.add(Attendee.MENTOR);
            if (r.chance(0.2)) {
                attendees.add(Attendee.OUDER_VERZORGER);
            }
        } else {
            type = SessionType.EVALUATIE;
            location = r.weighted(new SessionLocation[] {SessionLocation.KANTOOR, SessionLocation.TELEFONISCH,
                    SessionLocation.VIDEO, SessionLocation.THUIS}, new double[] {40, 35, 10, 15});
            minutes = location == SessionLocation.TELEFONISCH ? r.between(2, 6) * 5 : r.between(6, 12) * 5;
        }
        boolean onSite = location == SessionLocation.WERKPLEK || location == SessionLocation.SCHOOL
                || location == SessionLocation.THUIS;
        double hours = Math.round((minutes / 60.0 + (onSite ? r.between(1, 3) * 0.25 : 0)) * 4) / 4.0;
        LocalDateTime startsAt = LocalDateTime.of(day, LocalTime.of(8, 30).plusMinutes(15L * r.between(0, 30)));
        String buddy = at == null ? "de buddy" : at.buddy();
        CoachingSession session = new CoachingSession(r.uuid(), c.id(), at == null ? null : at.placement().id(), coach,
                startsAt, minutes, location, type, attendees,
                r.chance(0.9) ? fill(r.pick(lists.wentWell), person, buddy) : null,
                r.chance(0.45) ? fill(r.pick(lists.concerns), person, buddy) : null,
                r.chance(0.85) ? fill(r.pick(lists.agreements), person, buddy) : null, hours);
        if (r.chance(0.1)) {
            LocalDate due = day.plusDays(r.between(7, 21));
            batch.actions.add(new PlanAction(r.uuid(), c.id(), null, session.id(), r.pick(lists.actions),
                    r.pick(ActionOwner.KANDIDAAT, ActionOwner.COACH), due,
                    due.isBefore(today) && r.chance(0.8) ? due.minusDays(r.between(0, 5)) : null));
        }
        return session;
    }

    static String fill(String template, DemoPerson person, String buddy) {
        return template.replace("{voornaam}", person.firstName()).replace("{buddy}", buddy);
    }
}
