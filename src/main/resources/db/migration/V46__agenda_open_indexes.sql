-- The week view (WeekQuery) lists and counts what is still open: appointments still gepland and plan actions not
-- done, over the last eight weeks (listed) and the twelve months before (counted). Both were read through indexes
-- that hold every row of their days, done or not: at 150,000 candidates the count of older overdue items walked
-- 1.7 million session entries to find the few still gepland (about 0.3 s of CPU at every opening of "Alle
-- kandidaten"). These partial indexes hold only the open rows; state and done_on lead, so the query's equality on
-- them picks these indexes without table statistics. Both cover the reads (the candidate is joined after).
CREATE INDEX session_planned ON coaching_session (state, starts_at, deleted, candidate_id, coach_id)
    WHERE state = 'GEPLAND';
CREATE INDEX plan_action_open ON plan_action (done_on, due_date, deleted, candidate_id)
    WHERE done_on IS NULL;
