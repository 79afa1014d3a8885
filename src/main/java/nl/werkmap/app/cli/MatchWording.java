package nl.werkmap.app.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.match.Fit;
import nl.werkmap.domain.match.Uitleg;

/**
 * The matcher's reasons in Dutch for the command line: one sentence per reason key, with the facts it decided on
 * filled in. A key without a sentence prints the key itself, so a new reason is never silently dropped.
 */
final class MatchWording {

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("match.uren.fits", "vraagt {0} tot {1} uur, kan tot {2} uur"),
            Map.entry("match.uren.tooMany", "vraagt minstens {0} uur, kan er {1}"),
            Map.entry("match.uren.tooFew", "biedt hoogstens {0} uur, wil minstens {1}"),
            Map.entry("match.uren.unknownCandidate", "uren van de kandidaat nog niet bekend"),
            Map.entry("match.uren.unknownJob", "de baankans noemt geen uren"),
            Map.entry("match.beschikbaarheid.fits", "dagen en dagdelen passen"),
            Map.entry("match.beschikbaarheid.startsLater", "kan pas vanaf {0}, de baankans start {1}"),
            Map.entry("match.beschikbaarheid.noDays", "kan niet op {0}"),
            Map.entry("match.beschikbaarheid.someDays", "kan niet op {0}"),
            Map.entry("match.beschikbaarheid.noDagdelen", "kan niet in de {0}"),
            Map.entry("match.beschikbaarheid.someDagdelen", "kan niet in de {0}"),
            Map.entry("match.beschikbaarheid.unknownCandidate", "beschikbaarheid nog niet bekend"),
            Map.entry("match.reistijd.fits", "ongeveer {0} minuten reizen, kan {1}"),
            Map.entry("match.reistijd.tooFar", "ongeveer {0} minuten reizen, kan {1}"),
            Map.entry("match.reistijd.noEstimate", "reistijd niet te schatten (geen postcodetabel); kan {0} minuten"),
            Map.entry("match.reistijd.unknownCandidate", "maximale reistijd nog niet bekend"),
            Map.entry("match.rijbewijs.notNeeded", "geen rijbewijs nodig"),
            Map.entry("match.rijbewijs.has", "heeft een rijbewijs"),
            Map.entry("match.rijbewijs.missing", "rijbewijs nodig, heeft er geen"),
            Map.entry("match.rijbewijs.unknownCandidate", "rijbewijs nodig; nog niet bekend of de kandidaat er een heeft"),
            Map.entry("match.sector.wished", "wil werken in sector {0}"),
            Map.entry("match.sector.notWished", "sector {0}, wensen: {1}"),
            Map.entry("match.sector.unknownCandidate", "sectorwensen nog niet bekend"),
            Map.entry("match.sector.unknownJob", "sector van de werkgever niet bekend"),
            Map.entry("match.beroep.wished", "wil werken als {0}"),
            Map.entry("match.beroep.experienced", "heeft ervaring als {0}"),
            Map.entry("match.beroep.related", "{0}; verwant aan {1}"),
            Map.entry("match.beroep.other", "{0}; wensen: {1}"),
            Map.entry("match.beroep.unknownCandidate", "geen beroepswensen of werkervaring bekend"),
            Map.entry("match.beroep.unknownJob", "de baankans noemt geen beroep"),
            Map.entry("match.taken_en_vaardigheden.all", "alle taken komen terug in de vaardigheden: {0}"),
            Map.entry("match.taken_en_vaardigheden.some", "wel: {0}; nog niet: {1}"),
            Map.entry("match.taken_en_vaardigheden.none", "nog niet: {0}"),
            Map.entry("match.taken_en_vaardigheden.unknownCandidate", "vaardigheden nog niet ingevuld"),
            Map.entry("match.taken_en_vaardigheden.unknownJob", "de baankans noemt geen taken"),
            Map.entry("match.ondersteuning.offered", "de werkplek biedt {0}"),
            Map.entry("match.ondersteuning.partlyOffered", "de werkplek biedt niet: {0}"),
            Map.entry("match.ondersteuning.notOffered", "de werkplek biedt niet: {0}"),
            Map.entry("match.ondersteuning.noneNeeded", "geen ondersteuning opgegeven"),
            Map.entry("match.opleidingsniveau.meets", "{0}, gevraagd {1}"),
            Map.entry("match.opleidingsniveau.below", "{0}, gevraagd {1}"),
            Map.entry("match.opleidingsniveau.noRequirement", "geen eis"),
            Map.entry("match.opleidingsniveau.unknownCandidate", "opleidingsniveau nog niet bekend, gevraagd {0}"));

    private MatchWording() {
    }

    static String fit(Fit fit) {
        return switch (fit) {
            case PAST -> "past";
            case DEELS -> "deels";
            case PAST_NIET -> "past niet";
            case ONBEKEND -> "onbekend";
        };
    }

    static String criterium(Uitleg u) {
        return u.criterium().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String reason(Uitleg u) {
        String sentence = SENTENCES.get(u.reasonKey());
        if (sentence == null) {
            return u.reasonKey() + " " + u.facts();
        }
        Object[] facts = u.facts().stream().map(MatchWording::fact).toArray();
        return new MessageFormat(sentence.replace("'", "''"), new Locale("nl")).format(facts);
    }

    private static String fact(Object fact) {
        if (fact instanceof Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString().replace('.', ',');
        }
        if (fact instanceof LocalDate day) {
            return DutchDates.date(day);
        }
        if (fact instanceof DayOfWeek day) {
            return day.getDisplayName(java.time.format.TextStyle.FULL, new Locale("nl"));
        }
        if (fact instanceof String code && code.matches("\\d{4}")) {
            return OccupationCodes.isco08().find(code).map(o -> o.label() + " (" + code + ")").orElse(code);
        }
        if (fact instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (fact instanceof Collection<?> items) {
            return items.stream().map(MatchWording::fact).collect(Collectors.joining(", "));
        }
        return String.valueOf(fact);
    }

    static List<String> lines(List<Uitleg> uitleg) {
        return uitleg.stream().map(u -> String.format(Locale.ROOT, "    %-22s %-9s %s", criterium(u), fit(u.fit()),
                reason(u))).toList();
    }
}
