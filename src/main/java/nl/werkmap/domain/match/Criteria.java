package nl.werkmap.domain.match;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * The rule per criterion. Each looks at one thing, says past / deels / past niet / onbekend, and names the facts it
 * decided on. The thresholds are here, in one place, with why.
 */
final class Criteria {

    /** Up to this many hours a week more than someone can manage is a point to talk about, not a stop. */
    static final double HOURS_SLACK = 4;
    /** A journey up to a quarter longer than someone's maximum is worth discussing (a bike instead of the bus). */
    static final double TRAVEL_SLACK = 1.25;
    /** Words shorter than this ("de", "en", "met") say nothing about a task. */
    private static final int MEANINGFUL_WORD = 4;

    private Criteria() {
    }

    static Uitleg uren(Beschikbaarheid b, Baankans job) {
        if (b.hoursMax() == null) {
            return Uitleg.of(Criterium.UREN, Fit.ONBEKEND, "unknownCandidate");
        }
        if (job.hoursMin() == null && job.hoursMax() == null) {
            return Uitleg.of(Criterium.UREN, Fit.ONBEKEND, "unknownJob");
        }
        double asked = job.hoursMin() != null ? job.hoursMin() : job.hoursMax();
        double offeredMost = job.hoursMax() != null ? job.hoursMax() : job.hoursMin();
        if (asked > b.hoursMax()) {
            double over = asked - b.hoursMax();
            return Uitleg.of(Criterium.UREN, over <= HOURS_SLACK ? Fit.DEELS : Fit.PAST_NIET, "tooMany", asked,
                    b.hoursMax());
        }
        if (b.hoursMin() != null && offeredMost < b.hoursMin()) {
            return Uitleg.of(Criterium.UREN, Fit.DEELS, "tooFew", offeredMost, b.hoursMin());
        }
        return Uitleg.of(Criterium.UREN, Fit.PAST, "fits", asked, offeredMost, b.hoursMax());
    }

    static Uitleg beschikbaarheid(Beschikbaarheid b, Baankans job) {
        if (!b.whenKnown()) {
            return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.ONBEKEND, "unknownCandidate");
        }
        if (b.from() != null && job.start() != null && b.from().isAfter(job.start())) {
            return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.DEELS, "startsLater", b.from(), job.start());
        }
        if (!b.days().isEmpty() && !job.days().isEmpty() && !b.days().containsAll(job.days())) {
            Set<DayOfWeek> missing = EnumSet.copyOf(job.days());
            missing.removeAll(b.days());
            if (missing.size() == job.days().size()) {
                return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.PAST_NIET, "noDays", List.copyOf(missing));
            }
            if (!missing.isEmpty()) {
                return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.DEELS, "someDays", List.copyOf(missing));
            }
        }
        if (!b.dagdelen().isEmpty() && !job.dagdelen().isEmpty() && !b.dagdelen().containsAll(job.dagdelen())) {
            Set<Dagdeel> missing = EnumSet.copyOf(job.dagdelen());
            missing.removeAll(b.dagdelen());
            if (missing.size() == job.dagdelen().size()) {
                return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.PAST_NIET, "noDagdelen", List.copyOf(missing));
            }
            if (!missing.isEmpty()) {
                return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.DEELS, "someDagdelen", List.copyOf(missing));
            }
        }
        return Uitleg.of(Criterium.BESCHIKBAARHEID, Fit.PAST, "fits");
    }

    /**
     * The journey from the candidate's postcode (or home town) to the baankans's postcode (or place). The facts carry
     * the whole estimate, so the reason names the way of travelling and whether postcodes or place names were used.
     */
    static Uitleg reistijd(Reisbereik r, String woonplaats, Baankans job, Reistijd estimate) {
        if (r.maxMinutes() == null) {
            return Uitleg.of(Criterium.REISTIJD, Fit.ONBEKEND, "unknownCandidate");
        }
        Optional<Reisschatting> journey = estimate.schat(new Reispunt(r.postcode(), woonplaats),
                new Reispunt(job.postcode(), job.place()), r.modes());
        if (journey.isEmpty()) {
            return Uitleg.of(Criterium.REISTIJD, Fit.ONBEKEND, "noEstimate", r.maxMinutes());
        }
        int m = journey.get().minutes();
        if (m <= r.maxMinutes()) {
            return Uitleg.of(Criterium.REISTIJD, Fit.PAST, "fits", m, r.maxMinutes(), journey.get());
        }
        return Uitleg.of(Criterium.REISTIJD, m <= r.maxMinutes() * TRAVEL_SLACK ? Fit.DEELS : Fit.PAST_NIET, "tooFar",
                m, r.maxMinutes(), journey.get());
    }

    static Uitleg rijbewijs(Reisbereik r, Baankans job) {
        if (!job.drivingLicenceRequired()) {
            return Uitleg.of(Criterium.RIJBEWIJS, Fit.PAST, "notNeeded");
        }
        if (r.drivingLicence() == null) {
            return Uitleg.of(Criterium.RIJBEWIJS, Fit.ONBEKEND, "unknownCandidate");
        }
        return r.drivingLicence() ? Uitleg.of(Criterium.RIJBEWIJS, Fit.PAST, "has")
                : Uitleg.of(Criterium.RIJBEWIJS, Fit.PAST_NIET, "missing");
    }

    static Uitleg sector(Werknemersprofiel p, Baankans job) {
        if (p.sectorWishes().isEmpty()) {
            return Uitleg.of(Criterium.SECTOR, Fit.ONBEKEND, "unknownCandidate");
        }
        if (job.sbiSection() == null) {
            return Uitleg.of(Criterium.SECTOR, Fit.ONBEKEND, "unknownJob");
        }
        return p.sectorWishes().contains(job.sbiSection())
                ? Uitleg.of(Criterium.SECTOR, Fit.PAST, "wished", job.sbiSection())
                : Uitleg.of(Criterium.SECTOR, Fit.PAST_NIET, "notWished", job.sbiSection(), p.sectorWishes());
    }

    static Uitleg beroep(Werknemersprofiel p, List<Werkervaring> jobs, Baankans job) {
        if (job.iscoCode() == null) {
            return Uitleg.of(Criterium.BEROEP, Fit.ONBEKEND, "unknownJob");
        }
        if (p.occupationWishes().contains(job.iscoCode())) {
            return Uitleg.of(Criterium.BEROEP, Fit.PAST, "wished", job.iscoCode());
        }
        List<String> done = new ArrayList<>(jobs.size());
        for (Werkervaring w : jobs) {
            done.add(w.iscoCode());
        }
        if (done.contains(job.iscoCode())) {
            return Uitleg.of(Criterium.BEROEP, Fit.PAST, "experienced", job.iscoCode());
        }
        if (p.occupationWishes().isEmpty() && done.isEmpty()) {
            return Uitleg.of(Criterium.BEROEP, Fit.ONBEKEND, "unknownCandidate");
        }
        String group = job.iscoCode().substring(0, Math.min(3, job.iscoCode().length()));
        List<String> related = new ArrayList<>();
        for (String code : concat(p.occupationWishes(), done)) {
            if (code.startsWith(group) && !related.contains(code)) {
                related.add(code);
            }
        }
        return related.isEmpty()
                ? Uitleg.of(Criterium.BEROEP, Fit.PAST_NIET, "other", job.iscoCode(), p.occupationWishes())
                : Uitleg.of(Criterium.BEROEP, Fit.DEELS, "related", job.iscoCode(), related);
    }

    static Uitleg taken(Werknemersprofiel p, Baankans job) {
        return taken(!p.skills().isEmpty(), wordSet(p.skills()), job, taskWords(job));
    }

    /**
     * A task is covered when it shares a meaningful word with any of the candidate's skills. The candidate's skill
     * words and the job's task words come worked out beforehand, so ranking many against many splits each text once.
     */
    static Uitleg taken(boolean hasSkills, Set<String> skillWords, Baankans job, List<List<String>> taskWords) {
        if (job.tasks().isEmpty()) {
            return Uitleg.of(Criterium.TAKEN_EN_VAARDIGHEDEN, Fit.ONBEKEND, "unknownJob");
        }
        if (!hasSkills) {
            return Uitleg.of(Criterium.TAKEN_EN_VAARDIGHEDEN, Fit.ONBEKEND, "unknownCandidate");
        }
        List<String> covered = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < job.tasks().size(); i++) {
            (sharesAWord(taskWords.get(i), skillWords) ? covered : open).add(job.tasks().get(i));
        }
        if (open.isEmpty()) {
            return Uitleg.of(Criterium.TAKEN_EN_VAARDIGHEDEN, Fit.PAST, "all", covered);
        }
        return covered.isEmpty() ? Uitleg.of(Criterium.TAKEN_EN_VAARDIGHEDEN, Fit.PAST_NIET, "none", open)
                : Uitleg.of(Criterium.TAKEN_EN_VAARDIGHEDEN, Fit.DEELS, "some", covered, open);
    }

    /** Each task's meaningful words, in task order. */
    static List<List<String>> taskWords(Baankans job) {
        List<List<String>> all = new ArrayList<>(job.tasks().size());
        for (String task : job.tasks()) {
            all.add(words(task));
        }
        return all;
    }

    /** All meaningful words of all these texts. */
    static Set<String> wordSet(List<String> texts) {
        Set<String> all = new java.util.HashSet<>();
        for (String text : texts) {
            all.addAll(words(text));
        }
        return Set.copyOf(all);
    }

    static Uitleg ondersteuning(Werknemersprofiel p, Baankans job) {
        if (p.werkgevolgen().isEmpty()) {
            return Uitleg.of(Criterium.ONDERSTEUNING, Fit.PAST, "noneNeeded");
        }
        Set<Werkgevolg> missing = EnumSet.copyOf(p.werkgevolgen());
        missing.removeAll(job.supportOffered());
        if (missing.isEmpty()) {
            return Uitleg.of(Criterium.ONDERSTEUNING, Fit.PAST, "offered", List.copyOf(p.werkgevolgen()));
        }
        return missing.size() == p.werkgevolgen().size()
                ? Uitleg.of(Criterium.ONDERSTEUNING, Fit.PAST_NIET, "notOffered", List.copyOf(missing))
                : Uitleg.of(Criterium.ONDERSTEUNING, Fit.DEELS, "partlyOffered", List.copyOf(missing));
    }

    static Uitleg opleidingsniveau(Werknemersprofiel p, Baankans job) {
        Opleidingsniveau asked = job.minimumNiveau();
        if (asked == null) {
            return Uitleg.of(Criterium.OPLEIDINGSNIVEAU, Fit.PAST, "noRequirement");
        }
        if (p.opleidingsniveau() == null) {
            return Uitleg.of(Criterium.OPLEIDINGSNIVEAU, Fit.ONBEKEND, "unknownCandidate", asked);
        }
        return p.opleidingsniveau().meets(asked)
                ? Uitleg.of(Criterium.OPLEIDINGSNIVEAU, Fit.PAST, "meets", p.opleidingsniveau(), asked)
                : Uitleg.of(Criterium.OPLEIDINGSNIVEAU, Fit.PAST_NIET, "below", p.opleidingsniveau(), asked);
    }

    private static boolean sharesAWord(List<String> taskWords, Set<String> skillWords) {
        for (String word : taskWords) {
            if (skillWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The meaningful words, lower case; letters only, split by hand (a regex split per text was the slow part). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= MEANINGFUL_WORD) {
                    words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        return words;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
