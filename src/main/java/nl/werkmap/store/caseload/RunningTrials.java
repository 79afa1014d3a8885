package nl.werkmap.store.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Record;

/**
 * The running proefplaatsingen of one list read, by candidate id as stored. Most candidates have none (about one in
 * fifteen has one), so a row first asks a bit set keyed by its already parsed id, and only a candidate whose bit is
 * set hashes its id string for the map: 150,000 string hashes became about 10,000 (issue 13). The map decides, as
 * before; the bits only rule candidates out. Equal stored ids parse to equal UUIDs, so a candidate with a
 * proefplaatsing always finds its bit set. A placement whose candidate id does not parse turns the bits off: then
 * every row asks the map, as before.
 */
final class RunningTrials {

    private final Map<String, List<Record>> byCandidate;
    /** Null when some stored candidate id does not parse; else one bit per hashed UUID. */
    private final long[] bits;
    private final int mask;

    RunningTrials(Map<String, List<Record>> byCandidate) {
        this.byCandidate = byCandidate;
        // About sixteen bits per candidate: a row without a proefplaatsing finds its bit set about one time in sixteen.
        int size = Integer.highestOneBit(Math.max(64, byCandidate.size() * 16 - 1)) << 1;
        long[] set = new long[size >>> 6];
        int m = size - 1;
        for (String stored : byCandidate.keySet()) {
            UUID id;
            try {
                id = UUID.fromString(stored);
            } catch (IllegalArgumentException notAnId) {
                // Not a UUID: no bit can stand for it, so the bits are not used and every row asks the map.
                set = null;
                break;
            }
            int bit = slot(id, m);
            set[bit >>> 6] |= 1L << bit;
        }
        this.bits = set;
        this.mask = m;
    }

    /** The candidate's running proefplaatsingen, none when it has none. */
    List<Record> of(UUID candidateId, String stored) {
        if (bits != null) {
            int bit = slot(candidateId, mask);
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return List.of();
            }
        }
        return byCandidate.getOrDefault(stored, List.of());
    }

    private static int slot(UUID id, int mask) {
        long h = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
