package nl.werkmap.domain.match;

import java.util.List;
import java.util.Set;

/**
 * The verdicts alone (past / deels / past niet / onbekend per criterion), which is all the ranking order reads. Each
 * rule is {@link Criteria}'s rule step for step on prepared facts, without the reasons: no strings, lists or
 * travel texts, no allocation per pair. The Dutch reasons are built by {@link Criteria} only for the results that
 * are looked at; {@code VerdictsEquivalenceTest} checks every criterion of many pairs gives the same verdict both
 * ways.
 */
final class Verdicts {

    private Verdicts() {
    }

    /** One more than the most of one verdict a pair can have: the base of {@link #rank}'s digits. */
    static final int BASE = Criterium.values().length + 1;
    /** Every rank is below this. */
    static final int RANKS = BASE * BASE * BASE;

    /**
     * The number the ranking sorts on (smaller is better), as three digits: fewest "past niet", then most "past",
     * then most "deels". Few values (under {@link #RANKS}), so a ranking sorts by counting, not by comparing.
     */
    static int rank(KandidaatFeiten k, BaankansFeiten b, Reisrekenaar reis) {
        // The three counts packed into one int while adding up: no array or counter objects per pair.
        int counts = count(uren(k, b)) + count(beschikbaarheid(k, b)) + count(reistijd(k, b, reis))
                + count(rijbewijs(k, b)) + count(sector(k, b)) + count(beroep(k, b)) + count(taken(k, b))
                + count(ondersteuning(k, b)) + count(opleidingsniveau(k, b));
        return rank(counts >>> 16, (counts >>> 8) & 0xFF, counts & 0xFF);
    }

    static int rank(int notFit, int fit, int partly) {
        return (notFit * BASE + (BASE - 1 - fit)) * BASE + (BASE - 1 - partly);
    }

    private static int count(Fit f) {
        return switch (f) {
            case PAST_NIET -> 1 << 16;
            case PAST -> 1 << 8;
            case DEELS -> 1;
            case ONBEKEND -> 0;
        };
    }

    static long key(int notFit, int fit, int partly) {
        return ((long) notFit << 16) | ((long) (255 - fit) << 8) | (255 - partly);
    }

    /** Every criterion's verdict, in {@link Criterium} order; for the equivalence test. */
    static List<Fit> all(KandidaatFeiten k, BaankansFeiten b, Reisrekenaar reis) {
        return List.of(uren(k, b), beschikbaarheid(k, b), reistijd(k, b, reis), rijbewijs(k, b), sector(k, b),
                beroep(k, b), taken(k, b), ondersteuning(k, b), opleidingsniveau(k, b));
    }

    static Fit uren(KandidaatFeiten k, BaankansFeiten b) {
        if (!k.hoursMaxKnown || !b.hoursKnown) {
            return Fit.ONBEKEND;
        }
        if (b.asked > k.hoursMax) {
            return b.asked - k.hoursMax <= Criteria.HOURS_SLACK ? Fit.DEELS : Fit.PAST_NIET;
        }
        return k.hoursMinKnown && b.offeredMost < k.hoursMin ? Fit.DEELS : Fit.PAST;
    }

    static Fit beschikbaarheid(KandidaatFeiten k, BaankansFeiten b) {
        if (!k.whenKnown) {
            return Fit.ONBEKEND;
        }
        if (k.fromKnown && b.startKnown && k.fromDay > b.startDay) {
            return Fit.DEELS;
        }
        Fit days = missing(k.days, b.days);
        if (days != null) {
            return days;
        }
        Fit parts = missing(k.dagdelen, b.dagdelen);
        return parts != null ? parts : Fit.PAST;
    }

    /** Null when nothing asked is missing (or either side does not say); else none or some of it can. */
    private static Fit missing(int can, int asked) {
        if (can == 0 || asked == 0) {
            return null;
        }
        int missing = asked & ~can;
        if (missing == 0) {
            return null;
        }
        return missing == asked ? Fit.PAST_NIET : Fit.DEELS;
    }

    static Fit reistijd(KandidaatFeiten k, BaankansFeiten b, Reisrekenaar reis) {
        if (k.maxMinutes < 0) {
            return Fit.ONBEKEND;
        }
        boolean mine = k.locatedBy == reis;
        Object from = mine ? k.vertrek : reis.locate(k.vertrekpunt);
        // Beyond this it does not fit, whatever the exact estimate: far-away pairs are settled by a lower bound.
        int m = reis.minutes(from, b.bestemming, b.distances, k.modes, k.modesInOrder,
                mine ? k.farRoadKm : Double.POSITIVE_INFINITY);
        if (m < 0) {
            return Fit.ONBEKEND;
        }
        if (m <= k.maxMinutes) {
            return Fit.PAST;
        }
        return m <= k.maxMinutes * Criteria.TRAVEL_SLACK ? Fit.DEELS : Fit.PAST_NIET;
    }

    static Fit rijbewijs(KandidaatFeiten k, BaankansFeiten b) {
        if (!b.job.drivingLicenceRequired()) {
            return Fit.PAST;
        }
        return k.drivingLicence < 0 ? Fit.ONBEKEND : k.drivingLicence == 1 ? Fit.PAST : Fit.PAST_NIET;
    }

    static Fit sector(KandidaatFeiten k, BaankansFeiten b) {
        if (k.sectorWishes.isEmpty() || b.job.sbiSection() == null) {
            return Fit.ONBEKEND;
        }
        if (k.sectorMask >= 0 && b.sectorBit > 0) {
            return (k.sectorMask & b.sectorBit) != 0 ? Fit.PAST : Fit.PAST_NIET;
        }
        return k.sectorWishes.contains(b.job.sbiSection()) ? Fit.PAST : Fit.PAST_NIET;
    }

    static Fit beroep(KandidaatFeiten k, BaankansFeiten b) {
        if (b.job.iscoCode() == null) {
            return Fit.ONBEKEND;
        }
        if (k.occupations.length == 0) {
            return Fit.ONBEKEND;
        }
        if (b.isco >= 0 && k.iscoNumbers != null) {
            // Four digits both sides: the same code is the same number, the same first three digits the same tens.
            boolean related = false;
            for (int code : k.iscoNumbers) {
                if (code == b.isco) {
                    return Fit.PAST;
                }
                related |= code / 10 == b.isco / 10;
            }
            return related ? Fit.DEELS : Fit.PAST_NIET;
        }
        return beroepByText(k.occupations, b);
    }

    private static Fit beroepByText(String[] codes, BaankansFeiten b) {
        String isco = b.job.iscoCode();
        for (String code : codes) {
            if (isco.equals(code)) {
                return Fit.PAST;
            }
        }
        for (String code : codes) {
            if (code.startsWith(b.group)) {
                return Fit.DEELS;
            }
        }
        return Fit.PAST_NIET;
    }

    static Fit taken(KandidaatFeiten k, BaankansFeiten b) {
        if (b.taskCount == 0 || !k.hasSkills) {
            return Fit.ONBEKEND;
        }
        if (b.tasksByWord == null) {
            return takenOneByOne(k.skillWords(), b);
        }
        long covered = 0;
        if (k.woorden == b.woorden) {
            int[] words = b.wordNumbers;
            for (int skill : k.skillWordNumbers) {
                for (int w = 0; w < words.length; w++) {
                    if (words[w] == skill) {
                        covered |= b.wordTasks[w];
                        break;
                    }
                }
            }
        } else {
            for (String word : k.skillWords()) {
                Long tasks = b.tasksByWord.get(word);
                if (tasks != null) {
                    covered |= tasks;
                }
            }
        }
        if (covered == b.allTasks) {
            return Fit.PAST;
        }
        return covered == 0 ? Fit.PAST_NIET : Fit.DEELS;
    }

    private static Fit takenOneByOne(Set<String> skillWords, BaankansFeiten b) {
        int covered = 0;
        for (List<String> words : b.taskWords) {
            for (String word : words) {
                if (skillWords.contains(word)) {
                    covered++;
                    break;
                }
            }
        }
        if (covered == b.taskCount) {
            return Fit.PAST;
        }
        return covered == 0 ? Fit.PAST_NIET : Fit.DEELS;
    }

    static Fit ondersteuning(KandidaatFeiten k, BaankansFeiten b) {
        if (k.needs == 0) {
            return Fit.PAST;
        }
        long missing = k.needs & ~b.offered;
        if (missing == 0) {
            return Fit.PAST;
        }
        return missing == k.needs ? Fit.PAST_NIET : Fit.DEELS;
    }

    static Fit opleidingsniveau(KandidaatFeiten k, BaankansFeiten b) {
        if (b.minNiveau < 0) {
            return Fit.PAST;
        }
        if (k.niveau < 0) {
            return Fit.ONBEKEND;
        }
        return k.niveau >= b.minNiveau ? Fit.PAST : Fit.PAST_NIET;
    }
}
