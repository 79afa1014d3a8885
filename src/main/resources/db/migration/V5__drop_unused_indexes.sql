-- Indexes no query uses (checked with EXPLAIN QUERY PLAN on the caseload overview, the candidate file and the
-- report queries); each costs space and insert time for every row.
-- ladder_live_last (candidate_id, deleted, measured_on) serves every lookup by candidate that this one did.
DROP INDEX ladder_candidate;
-- Nothing lists plan actions by due date across candidates; the candidate file finds them by candidate_id.
DROP INDEX plan_action_due;
