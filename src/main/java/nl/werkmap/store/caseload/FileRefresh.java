package nl.werkmap.store.caseload;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;

/**
 * Reads a candidate's file again after a save on this device, inside the caller's read transaction: the
 * candidate and its coach always (one row each), every other part only when its {@link FileStamps stamp} moved,
 * and of the sessions (a long trajectory has over a hundred, each with sealed notes) only the rows written since
 * the last read, merged into the list read before. Parts that did not change stay the very same lists, so the
 * screen can leave what shows them alone.
 */
final class FileRefresh {

    /** Newest first, as {@link CandidateFileQuery} orders them ({@code starts_at DESC}); a stable sort. */
    private static final Comparator<CoachingSession> NEWEST_FIRST =
            Comparator.comparing(CoachingSession::startsAt).reversed();

    private final CandidateFileQuery query;
    private final DSLContext dsl;

    FileRefresh(CandidateFileQuery query, DSLContext dsl) {
        this.query = query;
        this.dsl = dsl;
    }

    StampedFile refresh(StampedFile before, Candidate candidate) {
        UUID id = candidate.id();
        CandidateFile was = before.file();
        FileStamps then = before.stamps();
        FileStamps now = FileStamps.read(dsl, id);
        CandidateFile file = new CandidateFile(candidate, query.coachOf(dsl, candidate),
                now.consents().equals(then.consents()) ? was.consents() : query.consents(dsl, id),
                now.goals().equals(then.goals()) ? was.goals() : query.goals(dsl, id),
                now.actions().equals(then.actions()) ? was.actions() : query.actions(dsl, id),
                now.ladder().equals(then.ladder()) ? was.ladder() : query.ladder(dsl, id),
                now.zrm().equals(then.zrm()) ? was.zrm() : query.zrm(dsl, id),
                now.placements().equals(then.placements()) ? was.placements() : query.placements(dsl, id),
                now.sessions().equals(then.sessions()) ? was.sessions() : sessions(was.sessions(), then, now, id));
        return new StampedFile(file, now);
    }

    /**
     * The sessions read before with the ones written since put in (changed, added, or gone when now deleted). Falls
     * back to reading them all where the merge could differ from a fresh read: a written session that starts at
     * the same minute as another (the query leaves the order of those to SQLite), or fewer live sessions than the
     * merge holds (a row removed outright).
     */
    private List<CoachingSession> sessions(List<CoachingSession> before, FileStamps then, FileStamps now, UUID id) {
        Set<String> written = new HashSet<>(dsl.fetch(
                "SELECT id FROM coaching_session WHERE candidate_id = ? AND updated_at > ?", id.toString(),
                then.sessionsLast()).getValues(0, String.class));
        List<CoachingSession> live = query.sessionsWrittenAfter(dsl, id, then.sessionsLast());
        List<CoachingSession> merged = new ArrayList<>(before.size() + live.size());
        for (CoachingSession s : before) {
            if (!written.contains(s.id().toString())) {
                merged.add(s);
            }
        }
        merged.addAll(live);
        merged.sort(NEWEST_FIRST);
        if (merged.size() != now.liveSessions() || startsWithAnother(merged, live)) {
            return query.sessions(dsl, id);
        }
        return merged;
    }

    private static boolean startsWithAnother(List<CoachingSession> merged, List<CoachingSession> written) {
        Map<LocalDateTime, Integer> starts = new HashMap<>();
        for (CoachingSession s : written) {
            starts.put(s.startsAt(), 0);
        }
        for (CoachingSession s : merged) {
            Integer seen = starts.computeIfPresent(s.startsAt(), (at, n) -> n + 1);
            if (seen != null && seen > 1) {
                return true;
            }
        }
        return false;
    }
}
