package nl.werkmap.domain.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * A candidate as matching sees them, with what every baankans would otherwise work out again worked out once: the
 * words of their skills, the days, parts of the day and support needs as bit masks, the numbers unboxed, and where
 * their journey starts located in the postcode table. Ranking 5,000 candidates against 500 baankansen then does
 * this once per candidate instead of 500 times, and the verdicts ({@link Verdicts}) read flat fields. Made only by
 * {@link Matcher#voorbereid} (or inside a ranking).
 */
public final class KandidaatFeiten {

    private final Kandidaat kandidaat;
    private final Set<String> skillWords;
    /** The skill words' numbers in {@link #woorden}; null when prepared without one. */
    final int[] skillWordNumbers;
    final Woordenboek woorden;
    final boolean hasSkills;

    final boolean hoursMaxKnown;
    final double hoursMax;
    final boolean hoursMinKnown;
    final double hoursMin;

    final boolean whenKnown;
    final boolean fromKnown;
    final long fromDay;
    final int days;
    final int dagdelen;

    final int maxMinutes;
    final Object vertrek;
    /** Farther than this by road is surely "past niet" (more than a quarter over the most they can travel). */
    final double farRoadKm;
    /** Who located {@link #vertrek}: a ranking with another travel estimate locates it again. */
    final Reisrekenaar locatedBy;
    final Reispunt vertrekpunt;
    final Set<Vervoer> modes;
    final Vervoer[] modesInOrder;
    /** -1 unknown, 0 no, 1 yes. */
    final int drivingLicence;

    final List<String> sectorWishes;
    /** The occupation wishes, then the occupations of their work experience, in that order (as the rule reads). */
    final String[] occupations;
    final long needs;
    /** The opleidingsniveau's level, -1 when unknown. */
    final int niveau;
    /** The sector wishes as bits (A..Z), -1 when one of them is not one capital letter (then the list is read). */
    final long sectorMask;
    /** {@link #occupations} as numbers, null when one of them is not four digits (then the texts are compared). */
    final int[] iscoNumbers;

    private KandidaatFeiten(Kandidaat k, Reisrekenaar reis, Woordenboek woorden) {
        this.kandidaat = k;
        Werknemersprofiel p = k.profiel();
        this.skillWords = Criteria.wordSet(p.skills());
        this.woorden = woorden;
        this.skillWordNumbers = woorden == null ? null : woorden.numbers(skillWords);
        this.hasSkills = !p.skills().isEmpty();
        Beschikbaarheid b = p.beschikbaarheid();
        this.hoursMaxKnown = b.hoursMax() != null;
        this.hoursMax = hoursMaxKnown ? b.hoursMax() : Double.NaN;
        this.hoursMinKnown = b.hoursMin() != null;
        this.hoursMin = hoursMinKnown ? b.hoursMin() : Double.NaN;
        this.whenKnown = b.whenKnown();
        this.fromKnown = b.from() != null;
        this.fromDay = fromKnown ? b.from().toEpochDay() : 0;
        this.days = Masks.of(b.days());
        this.dagdelen = Masks.of(b.dagdelen());
        Reisbereik r = p.reisbereik();
        this.maxMinutes = r.maxMinutes() == null ? -1 : r.maxMinutes();
        this.modes = r.modes();
        this.modesInOrder = Masks.inOrder(r.modes());
        this.vertrekpunt = new Reispunt(r.postcode(), k.woonplaats());
        this.locatedBy = reis;
        this.farRoadKm = reis == null || r.maxMinutes() == null ? Double.POSITIVE_INFINITY
                : reis.farRoadKm(r.maxMinutes() * Criteria.TRAVEL_SLACK, modesInOrder);
        this.vertrek = reis == null || r.maxMinutes() == null ? null : reis.locate(vertrekpunt);
        this.drivingLicence = r.drivingLicence() == null ? -1 : r.drivingLicence() ? 1 : 0;
        this.sectorWishes = p.sectorWishes();
        List<String> codes = new ArrayList<>(p.occupationWishes());
        for (Werkervaring w : k.ervaring()) {
            codes.add(w.iscoCode());
        }
        this.occupations = codes.toArray(String[]::new);
        this.needs = Masks.ofLong(p.werkgevolgen());
        this.niveau = p.opleidingsniveau() == null ? -1 : p.opleidingsniveau().niveau();
        this.sectorMask = Codes.sectorMask(p.sectorWishes());
        this.iscoNumbers = Codes.iscoNumbers(occupations);
    }

    /** Without travel located: for the one-pair path, which estimates the journey itself. */
    static KandidaatFeiten of(Kandidaat k) {
        return new KandidaatFeiten(k, null, null);
    }

    static KandidaatFeiten of(Kandidaat k, Reisrekenaar reis, Woordenboek woorden) {
        return new KandidaatFeiten(k, reis, woorden);
    }

    public Kandidaat kandidaat() {
        return kandidaat;
    }

    public Set<String> skillWords() {
        return Collections.unmodifiableSet(skillWords);
    }
}
