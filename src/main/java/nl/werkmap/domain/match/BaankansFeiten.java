package nl.werkmap.domain.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baankans with what every candidate's verdicts would otherwise work out again worked out once per ranking: the
 * hours asked, the days and support as masks, where the work is located, and per meaningful task word which tasks
 * it covers (a bit per task), so the task verdict is a few look-ups of the candidate's skill words.
 */
final class BaankansFeiten {

    /** With more tasks than bits, the task verdict walks the tasks one by one. */
    private static final int MASK_TASKS = Long.SIZE - 1;

    final Baankans job;
    final List<List<String>> taskWords;

    final boolean hoursKnown;
    final double asked;
    final double offeredMost;
    final boolean startKnown;
    final long startDay;
    final int days;
    final int dagdelen;
    final Object bestemming;
    /** Road km from each located point to this baankans, filled while ranking (see {@link Reisrekenaar}). */
    final double[] distances;
    /** The lowest opleidingsniveau's level asked, -1 for none. */
    final int minNiveau;
    /** The SBI section as a bit (A..Z), 0 when unknown, -1 when it is not one capital letter. */
    final long sectorBit;
    /** The ISCO code as a number when it is four digits, else -1 (then the rule compares the texts). */
    final int isco;
    final String group;
    final int taskCount;
    /** Each meaningful word's tasks, as bits; null when there are too many tasks for a mask. */
    final Map<String, Long> tasksByWord;
    final long allTasks;
    /** The distinct task words' numbers in {@link #woorden}, and beside each the tasks it is in, as bits. */
    final int[] wordNumbers;
    final long[] wordTasks;
    final Woordenboek woorden;
    final long offered;

    BaankansFeiten(Baankans job, Reisrekenaar reis, Woordenboek woorden) {
        this.job = job;
        this.taskWords = Criteria.taskWords(job);
        this.hoursKnown = job.hoursMin() != null || job.hoursMax() != null;
        this.asked = !hoursKnown ? Double.NaN : job.hoursMin() != null ? job.hoursMin() : job.hoursMax();
        this.offeredMost = !hoursKnown ? Double.NaN : job.hoursMax() != null ? job.hoursMax() : job.hoursMin();
        this.startKnown = job.start() != null;
        this.startDay = startKnown ? job.start().toEpochDay() : 0;
        this.days = Masks.of(job.days());
        this.dagdelen = Masks.of(job.dagdelen());
        this.bestemming = reis.locate(new Reispunt(job.postcode(), job.place()));
        this.distances = reis.newDistances();
        this.minNiveau = job.minimumNiveau() == null ? -1 : job.minimumNiveau().niveau();
        this.sectorBit = job.sbiSection() == null ? 0 : Codes.sectorBit(job.sbiSection());
        this.isco = Codes.isco(job.iscoCode());
        this.group = job.iscoCode() == null ? null
                : job.iscoCode().substring(0, Math.min(3, job.iscoCode().length()));
        this.taskCount = job.tasks().size();
        if (taskCount <= MASK_TASKS) {
            Map<String, Long> byWord = new HashMap<>();
            for (int i = 0; i < taskCount; i++) {
                long bit = 1L << i;
                for (String word : taskWords.get(i)) {
                    byWord.merge(word, bit, (a, b) -> a | b);
                }
            }
            this.tasksByWord = byWord;
            this.allTasks = taskCount == 0 ? 0 : (1L << taskCount) - 1;
            this.wordNumbers = woorden.numbers(byWord.keySet());
            this.wordTasks = new long[wordNumbers.length];
            int i = 0;
            for (String word : byWord.keySet()) {
                wordTasks[i++] = byWord.get(word);
            }
        } else {
            this.tasksByWord = null;
            this.allTasks = 0;
            this.wordNumbers = null;
            this.wordTasks = null;
        }
        this.woorden = woorden;
        this.offered = Masks.ofLong(job.supportOffered());
    }
}
