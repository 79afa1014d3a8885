package nl.werkmap.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.ContactPerson;
import nl.werkmap.domain.Employer;

/**
 * The coaches (in teams, each with a teamleider) and the employers of the demo region. Sized to the caseload: one
 * coach per about 85 candidates (caseloads run from 50 to 150) and one employer per about 12 candidates.
 */
final class DemoStaff {
    private static final long KIND_COACH = 1;
    private static final long KIND_EMPLOYER = 2;
    private static final int CANDIDATES_PER_COACH = 85;
    private static final int CANDIDATES_PER_EMPLOYER = 12;
    private static final int COACHES_PER_TEAM = 8;

    /** An employer together with what the generator needs to place people there. */
    record DemoEmployer(Employer employer, DemoLists.EmployerTemplate template, String city) {
    }

    final List<Coach> coaches = new ArrayList<>();
    /** Coaches who carry a caseload (not the teamleiders). */
    final List<Coach> caseloadCoaches = new ArrayList<>();
    /** Coaches of the youth teams, who follow VSO/PrO pupils. */
    final List<Coach> youthCoaches = new ArrayList<>();
    final List<DemoEmployer> employers = new ArrayList<>();
    final Map<String, List<DemoEmployer>> employersByCity = new HashMap<>();

    DemoStaff(int candidates, long seed, DemoLists lists) {
        makeCoaches(Math.max(4, (candidates + CANDIDATES_PER_COACH - 1) / CANDIDATES_PER_COACH), seed, lists);
        makeEmployers(Math.max(15, candidates / CANDIDATES_PER_EMPLOYER), seed, lists);
    }

    private DemoStaff() {
    }

    /** A team that just started: a teamleider and two coaches in one team, and the region's employers to call on. */
    static DemoStaff newTeam(long seed, DemoLists lists) {
        DemoStaff staff = new DemoStaff();
        staff.makeCoaches(2, seed, lists);
        staff.makeEmployers(15, seed, lists);
        return staff;
    }

    private void makeCoaches(int count, long seed, DemoLists lists) {
        int teams = Math.max(1, (count + COACHES_PER_TEAM - 1) / COACHES_PER_TEAM);
        for (int t = 0; t < teams; t++) {
            boolean youth = teams > 1 && (t % 4 == 3 || (teams < 4 && t == teams - 1));
            String team = youth ? "Team Jongeren " + (t / 4 + 1) : "Team " + lists.places.get(t % lists.places.size())
                    .name() + (t >= lists.places.size() ? " " + (t / lists.places.size() + 1) : "");
            DemoRandom lead = DemoRandom.forItem(seed, KIND_COACH, t * 100L);
            coaches.add(new Coach(lead.uuid(), personName(lead, lists), CoachRole.TEAMLEIDER, team, null));
            int members = Math.min(COACHES_PER_TEAM, count - t * COACHES_PER_TEAM);
            for (int m = 0; m < Math.max(1, members); m++) {
                DemoRandom r = DemoRandom.forItem(seed, KIND_COACH, t * 100L + m + 1);
                boolean jobcoach = r.chance(0.4);
                CoachRole role = jobcoach ? CoachRole.JOBCOACH : CoachRole.WERKCOACH;
                int target = jobcoach ? r.between(25, 40) : r.between(5, 15) * 10;
                Coach coach = new Coach(r.uuid(), personName(r, lists), role, team, target);
                coaches.add(coach);
                caseloadCoaches.add(coach);
                if (youth) {
                    youthCoaches.add(coach);
                }
            }
        }
        if (youthCoaches.isEmpty()) {
            youthCoaches.addAll(caseloadCoaches);
        }
    }

    private void makeEmployers(int count, long seed, DemoLists lists) {
        Set<String> kvkNumbers = new HashSet<>();
        for (int i = 0; i < count; i++) {
            DemoRandom r = DemoRandom.forItem(seed, KIND_EMPLOYER, i);
            DemoLists.EmployerTemplate template = r.pick(lists.employers);
            DemoLists.Place place = r.pick(lists.places);
            String name = template.namePattern().replace("{plaats}", place.name())
                    .replace("{achternaam}", capitalised(r.pick(lists.surnames)));
            String kvk;
            do {
                kvk = String.valueOf(r.between(10_000_000, 99_999_999));
            } while (!kvkNumbers.add(kvk));
            String contactFirst = r.pick(lists.firstNames);
            String contactLast = r.pick(lists.surnames);
            ContactPerson contact = new ContactPerson(contactFirst + " " + contactLast, DemoPeople.landline(r),
                    DemoPeople.email(contactFirst, contactLast, r));
            Address address = new Address(r.pick("Industrieweg", "Bedrijvenpark", "Handelsweg", "Ambachtsweg",
                    "Marktstraat", "Stationsplein") + " " + r.between(1, 120), DemoPeople.postcode(place, r),
                    place.name());
            Employer employer = new Employer(r.uuid(), name, kvk, template.sector(), template.branche(), address,
                    contact, DemoShares.sbiSection(template.branche()));
            DemoEmployer demo = new DemoEmployer(employer, template, place.name());
            employers.add(demo);
            employersByCity.computeIfAbsent(place.name(), k -> new ArrayList<>()).add(demo);
        }
    }

    /** An employer near the candidate most of the time, otherwise anywhere in the region. */
    DemoEmployer employerNear(String city, DemoRandom r) {
        List<DemoEmployer> near = employersByCity.get(city);
        return near != null && r.chance(0.8) ? r.pick(near) : r.pick(employers);
    }

    private static String personName(DemoRandom r, DemoLists lists) {
        return r.pick(lists.firstNames) + " " + r.pick(lists.surnames);
    }

    /** "van den Berg" stands after a first name, but begins a company name with a capital. */
    static String capitalised(String surname) {
        return Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    }
}
