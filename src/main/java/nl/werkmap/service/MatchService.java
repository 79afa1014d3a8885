package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.WERKNEMERSPROFIEL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jooq.impl.DSL;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.Kandidaat;
import nl.werkmap.domain.match.Match;
import nl.werkmap.domain.match.Matcher;
import nl.werkmap.domain.match.Reistijd;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.store.CaseloadStore;

/**
 * Reads what matching needs from the caseload and ranks, both ways: the open baankansen for one candidate, or the
 * candidates with a werknemersprofiel for one baankans. A baankans that names no SBI section is judged on its
 * employer's. Reads set-based (all profiles, candidates and experience in a few queries); opening the sealed
 * fields of a large caseload still takes time, so screens call it on a background lane.
 */
public final class MatchService {

    /** One ranked result with what the list shows of it: a title and a line under it. */
    public record Ranked(Match match, String title, String detail) {
    }

    private final Supplier<CaseloadStore> store;
    private final Matcher matcher;

    public MatchService(Supplier<CaseloadStore> store, Reistijd reistijd) {
        this.store = Objects.requireNonNull(store);
        this.matcher = new Matcher(reistijd);
    }

    /** The open baankansen for this candidate, best first; empty when the candidate is not in the caseload. */
    public List<Ranked> baankansenFor(UUID candidateId) {
        CaseloadStore s = store.get();
        Optional<Candidate> candidate = s.candidates().find(candidateId);
        if (candidate.isEmpty()) {
            return List.of();
        }
        Kandidaat k = kandidaat(s, candidate.get(), s.profiles().forCandidate(candidateId).orElse(null));
        Map<UUID, Employer> employers = employers(s);
        Map<UUID, Baankans> jobs = new HashMap<>();
        for (Baankans b : s.baankansen().all()) {
            Employer e = employers.get(b.employerId());
            jobs.put(b.id(), b.withEmployerSection(e == null ? null : e.sbiSection()));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Match m : matcher.baankansenFor(k, List.copyOf(jobs.values()))) {
            Baankans b = jobs.get(m.baankansId());
            Employer e = employers.get(b.employerId());
            ranked.add(new Ranked(m, b.title(), join(e == null ? null : e.name(), b.place())));
        }
        return ranked;
    }

    /**
     * The candidates with a werknemersprofiel for this baankans, best first; candidates who left the caseload
     * (uitgestroomd, uit beeld) are not offered.
     */
    public List<Ranked> kandidatenFor(UUID baankansId) {
        CaseloadStore s = store.get();
        Optional<Baankans> found = s.baankansen().find(baankansId);
        if (found.isEmpty()) {
            return List.of();
        }
        Baankans job = found.get().withEmployerSection(
                s.employers().find(found.get().employerId()).map(Employer::sbiSection).orElse(null));
        // Set-based: every profile, every candidate with a profile and all work experience in three reads, where
        // this once asked the store for each candidate's record and experience apart (two queries per candidate).
        Map<UUID, Candidate> people = new HashMap<>();
        for (Candidate c : s.profiles().candidatesWithProfile()) {
            if (!left(c)) {
                people.put(c.id(), c);
            }
        }
        Map<UUID, List<nl.werkmap.domain.profile.Werkervaring>> experience = s.profiles().experienceByCandidate();
        List<Kandidaat> kandidaten = new ArrayList<>();
        for (Werknemersprofiel p : s.profiles().all()) {
            Candidate c = people.get(p.candidateId());
            if (c != null) {
                kandidaten.add(new Kandidaat(c.id(), p, experience.get(c.id()), c.personal().address().city()));
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Match m : matcher.kandidatenFor(job, kandidaten)) {
            Candidate c = people.get(m.candidateId());
            ranked.add(new Ranked(m, c.personal().fullName(), c.personal().address().city()));
        }
        return ranked;
    }

    /** A candidate that can be matched: one with a werknemersprofiel who has not left the caseload. */
    public record Choice(UUID candidateId, String name) {
    }

    /** The candidates with a werknemersprofiel, by name, for choosing whom to match. */
    public List<Choice> candidatesWithProfile() {
        List<Choice> choices = new ArrayList<>();
        for (Candidate c : store.get().profiles().candidatesWithProfile()) {
            if (!left(c)) {
                choices.add(new Choice(c.id(), c.personal().fullName()));
            }
        }
        choices.sort(java.util.Comparator.comparing(c -> String.valueOf(c.name()), String.CASE_INSENSITIVE_ORDER));
        return choices;
    }

    /**
     * VSO and PrO pupils and leavers still in the caseload with neither a werknemersprofiel nor a conversation that
     * took place (issue 15, item 2): nobody has started with them, so they cannot be matched either. By name, for
     * the coach's own screen; the team summary counts them per coach without names.
     */
    public List<Choice> schoolLeaversNotStarted(java.time.LocalDate today) {
        CaseloadStore s = store.get();
        List<String> ids = s.read(dsl -> dsl.select(CANDIDATE.ID).from(CANDIDATE)
                .where(CANDIDATE.DELETED.eq(false)).and(CANDIDATE.SCHOOL_TYPE.isNotNull())
                .and(CANDIDATE.STATUS.ne(CandidateStatus.UITGESTROOMD.name()))
                .andNotExists(DSL.selectOne().from(WERKNEMERSPROFIEL)
                        .where(WERKNEMERSPROFIEL.CANDIDATE_ID.eq(CANDIDATE.ID))
                        .and(WERKNEMERSPROFIEL.DELETED.eq(false)))
                .andNotExists(DSL.selectOne().from(COACHING_SESSION)
                        .where(COACHING_SESSION.CANDIDATE_ID.eq(CANDIDATE.ID)).and(COACHING_SESSION.DELETED.eq(false))
                        .and(COACHING_SESSION.STATE.eq("GEDAAN").or(COACHING_SESSION.STATE.isNull()
                                .and(COACHING_SESSION.STARTS_AT.le(today + "T23:59")))))
                .fetch(CANDIDATE.ID));
        List<Choice> choices = new ArrayList<>();
        for (String id : ids) {
            s.candidates().find(UUID.fromString(id)).ifPresent(c -> choices.add(new Choice(c.id(),
                    c.personal().fullName())));
        }
        choices.sort(java.util.Comparator.comparing(c -> String.valueOf(c.name()), String.CASE_INSENSITIVE_ORDER));
        return choices;
    }

    private static boolean left(Candidate c) {
        return c.status() == CandidateStatus.UITGESTROOMD || c.status() == CandidateStatus.UIT_BEELD;
    }

    private static Kandidaat kandidaat(CaseloadStore s, Candidate c, Werknemersprofiel p) {
        return new Kandidaat(c.id(), p, s.profiles().experience(c.id()), c.personal().address().city());
    }

    private static Map<UUID, Employer> employers(CaseloadStore s) {
        Map<UUID, Employer> byId = new HashMap<>();
        s.employers().all().forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
