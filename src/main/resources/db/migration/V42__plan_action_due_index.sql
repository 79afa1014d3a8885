-- The week view lists open plan actions by due date across candidates (WeekQuery: overdue ones of the last weeks,
-- this week's, and a count of older ones). V5 dropped plan_action_due when nothing read actions by date; since the
-- agenda does, each of those three reads scanned every plan action (974,000 on the 150,000-candidate demo, about
-- 0.2 s of CPU each). With the due date first the reads walk only the days asked for, in order, and stop at the
-- cap; deleted and done_on let the index alone reject finished and deleted actions before the row is read.
CREATE INDEX plan_action_open_due ON plan_action (due_date, deleted, done_on, candidate_id);
