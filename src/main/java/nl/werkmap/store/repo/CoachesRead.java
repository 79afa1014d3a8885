package nl.werkmap.store.repo;

import java.util.List;
import java.util.function.Supplier;

import nl.werkmap.domain.Coach;

/**
 * The live coaches as read last, kept with the store's write stamp taken before that read: while no write has ended
 * since, reading all coaches gives that list again instead of reading every row (1,986 coaches at 150,000 candidates,
 * 2.4 ms at every opening of a candidate and every read of the list; issue 13). Every write moves the stamp (a coach
 * saved, a session logged, a sync round applied), so the read after it is a real one. One per open store.
 */
final class CoachesRead {

    private record Read(long stamp, List<Coach> coaches) {
    }

    private volatile Read last;

    /**
     * The list read at {@code stamp} if there is one, else {@code read}'s, kept for the next call.
     *
     * @param stamp the store's write stamp, taken before {@code read} runs
     */
    List<Coach> at(long stamp, Supplier<List<Coach>> read) {
        Read kept = last;
        if (kept != null && kept.stamp() == stamp) {
            return kept.coaches();
        }
        List<Coach> coaches = List.copyOf(read.get());
        last = new Read(stamp, coaches);
        return coaches;
    }
}
