package nl.werkmap.domain.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Explainable matching both ways: a candidate against the open baankansen, or a baankans against candidates. Pure:
 * it sees only {@link Kandidaat} (profile and work experience) and {@link Baankans}, so what it cannot see, such as
 * health, can never move a ranking.
 */
public final class Matcher {

    private final Reistijd reistijd;

    public Matcher(Reistijd reistijd) {
        this.reistijd = reistijd;
    }

    public Match match(Kandidaat k, Baankans job) {
        var p = k.profiel();
        return new Match(k.candidateId(), job.id(), List.of(
                Criteria.uren(p.beschikbaarheid(), job),
                Criteria.beschikbaarheid(p.beschikbaarheid(), job),
                Criteria.reistijd(p.reisbereik(), k.woonplaats(), job, reistijd),
                Criteria.rijbewijs(p.reisbereik(), job),
                Criteria.sector(p, job),
                Criteria.beroep(p, k.ervaring(), job),
                Criteria.taken(p, job),
                Criteria.ondersteuning(p, job),
                Criteria.opleidingsniveau(p, job)));
    }

    /** The open baankansen for one candidate, best first. */
    public List<Match> baankansenFor(Kandidaat k, List<Baankans> jobs) {
        List<Match> matches = new ArrayList<>();
        for (Baankans job : jobs) {
            if (job.status() == BaankansStatus.OPEN) {
                matches.add(match(k, job));
            }
        }
        matches.sort(Match.BEST_FIRST);
        return matches;
    }

    /** Candidates for one baankans, best first. */
    public List<Match> kandidatenFor(Baankans job, List<Kandidaat> candidates) {
        List<Match> matches = new ArrayList<>();
        for (Kandidaat k : candidates) {
            matches.add(match(k, job));
        }
        matches.sort(Match.BEST_FIRST);
        return matches;
    }
}
