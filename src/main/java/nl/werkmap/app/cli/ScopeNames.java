package nl.werkmap.app.cli;

import static nl.werkmap.store.jooq.Tables.COACH;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.werkmap.store.CaseloadStore;

/**
 * The teams and coaches on this device, for --scope: finds the one the user meant (case and surrounding spaces do
 * not matter; a coach by id or by name) or refuses with the ones that are here. Coach names are staff, not clients.
 */
final class ScopeNames {

    /** More coaches than this are not all listed in a message; the rest is counted. */
    static final int LISTED = 15;

    private record Coach(String id, String name) {
    }

    private ScopeNames() {
    }

    /** The team names of the coaches on this device, sorted. */
    static List<String> teams(CaseloadStore store) {
        return store.read(dsl -> dsl.selectDistinct(COACH.TEAM).from(COACH)
                .where(COACH.TEAM.isNotNull()).and(COACH.DELETED.eq(false)).orderBy(COACH.TEAM).fetch(COACH.TEAM))
                .stream().filter(t -> !t.isBlank()).toList();
    }

    /** The team as stored for {@code asked}, matched case-insensitively; an exact match wins over a case match. */
    static String team(CaseloadStore store, String asked) {
        String wanted = asked.trim();
        List<String> teams = teams(store);
        if (wanted.isEmpty()) {
            throw new UsageException("Na --scope team: hoort een teamnaam." + teamsHere(teams));
        }
        if (teams.contains(wanted)) {
            return wanted;
        }
        List<String> matches = teams.stream().filter(t -> same(t, wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new UsageException("Op deze laptop staan teams die alleen in hoofdletters verschillen ("
                    + String.join(", ", matches) + "). Schrijf de teamnaam precies zoals hier.");
        }
        throw new UsageException("Op deze laptop is er geen team '" + wanted + "'." + teamsHere(teams));
    }

    /** The coach id for {@code asked}: an id, or a coach's name in any case. */
    static String coach(CaseloadStore store, String asked) {
        String wanted = asked.trim();
        List<Coach> coaches = store.read(dsl -> dsl.select(COACH.ID, COACH.NAME).from(COACH)
                .where(COACH.DELETED.eq(false)).orderBy(COACH.NAME).fetch(r -> new Coach(r.value1(), r.value2())));
        if (coaches.isEmpty()) {
            throw new UsageException("Op deze laptop staan nog geen coaches, dus er is geen overzicht per coach. Gebruik"
                    + " --scope all voor alles op deze laptop.");
        }
        if (wanted.isEmpty()) {
            throw new UsageException("Geef een coach: --scope coach:ID of own --coach ID." + coachesHere(coaches));
        }
        for (Coach coach : coaches) {
            if (coach.id().equals(wanted)) {
                return coach.id();
            }
        }
        List<Coach> byName = coaches.stream().filter(c -> same(c.name(), wanted)).toList();
        if (byName.size() == 1) {
            return byName.get(0).id();
        }
        if (byName.size() > 1) {
            throw new UsageException("Op deze laptop staan meer coaches met de naam '" + wanted + "'. Kies er een met"
                    + " het id." + coachesHere(byName));
        }
        throw new UsageException("Op deze laptop is er geen coach '" + wanted + "'." + coachesHere(coaches));
    }

    private static boolean same(String a, String b) {
        return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }

    private static String teamsHere(List<String> teams) {
        return teams.isEmpty()
                ? " Op deze laptop heeft geen coach een team; gebruik --scope all of --scope coach:ID."
                : " De teams op deze laptop: " + String.join(", ", teams) + ". Gebruik --scope team:NAAM met een van"
                        + " deze namen.";
    }

    private static String coachesHere(List<Coach> coaches) {
        String listed = coaches.stream().limit(LISTED).map(c -> c.name() + " (" + c.id() + ")")
                .collect(Collectors.joining(", "));
        int more = coaches.size() - LISTED;
        return " De coaches op deze laptop: " + listed + (more > 0 ? " en nog " + more + " anderen" : "") + ".";
    }
}
