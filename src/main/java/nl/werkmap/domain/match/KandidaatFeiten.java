package nl.werkmap.domain.match;

import java.util.Set;

/**
 * A candidate as matching sees them, with what every baankans would otherwise work out again worked out once: the
 * words of their skills (the task criterion compares words). Ranking 5,000 candidates against 500 baankansen then
 * splits each candidate's skills once instead of 500 times. Made only by {@link Matcher#voorbereid}.
 */
public record KandidaatFeiten(Kandidaat kandidaat, Set<String> skillWords) {

    static KandidaatFeiten of(Kandidaat k) {
        return new KandidaatFeiten(k, Criteria.wordSet(k.profiel().skills()));
    }
}
