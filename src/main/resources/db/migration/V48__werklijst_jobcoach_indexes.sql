-- The werklijst's jobcoach deadlines (JobcoachDeadlineQueries, issue 13): one row per jobcoach placement with four
-- look-ups each. SQLite read them from the placement table itself, every placement's row (sealed bytes and all) in
-- table order, and each placement's toekenningen from jobcoach_grant's rows. At 150,000 candidates that half of the
-- week view for everyone took 175-196 ms of thread CPU in the JVM, and 143-155 ms through these indexes (the same
-- statement stepped in one JVM, with and without them).
--
-- placement_werklijst_jobcoach holds exactly the placements that half can list: live (deleted = 0) jobcoach
-- placements (about a third of all placements), with every column the half reads, so the table is not read. Its
-- equality and IS NOT NULL terms are in the half's WHERE as they stand here, so SQLite picks it without statistics.
-- It leads with candidate_id: the candidate and this week's sessions are then looked up in their indexes' own order
-- instead of jumping about. The reader puts the rows back in table order itself (by rowid), so equal items keep
-- the order they had. No other read has both terms (the erasure's retention query tests jobcoach_type on every
-- placement, tombstoned ones too), so none changes plan.
CREATE INDEX placement_werklijst_jobcoach ON placement (candidate_id, start_date, actual_end, type, planned_end,
    contract_sequence, follows_placement_id, id, jobcoach_type, deleted)
    WHERE jobcoach_type IS NOT NULL AND deleted = 0;

-- The toekenningen still in force (not tombstoned), with what the half's two grant tests read (has a toekenning;
-- covers this week), so they read no table row. "period IS NOT NULL" is true of every row (the column is NOT NULL):
-- it is there so that only a read that says so in its WHERE can use this index, i.e. those two tests. Without it the
-- grants of a placement (GrantRepository, ORDER BY period, covered_from) would come through this index too, and
-- grants equal in period and start would come in another order than they did.
CREATE INDEX jobcoach_grant_open ON jobcoach_grant (placement_id, period, covered_from, covered_until, deleted)
    WHERE deleted = 0 AND period IS NOT NULL;
