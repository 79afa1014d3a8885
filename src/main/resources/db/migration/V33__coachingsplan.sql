-- Coachingsplan per half year (issue 14, item 3): a plan goal with a period is a main goal of the jobcoach's
-- coachingsplan for that half year and placement (at most three, checked by CoachingsplanRules; a rule, not a
-- constraint, so a merge of two laptops never fails on it; placement_id has no foreign key
-- because sync applies plan_goal before placement). A goal without a period stays a plain trajectory goal.
--
-- placement_id: the placement (trajectory) the goal belongs to. period: the half year as "2026-H1". planned_hours:
-- the jobcoach hours planned for the goal. activities: the planned catalogue activities (CoachingActivity names,
-- ';'-separated, like coaching_session.goal_ids). outcome: GoalOutcome (GEHAALD, DEELS, NIET, VERVOLG_NODIG) once
-- the half year ends, outcome_on the day it was given. None of these is free text or personal: plain.
ALTER TABLE plan_goal ADD COLUMN placement_id TEXT;
ALTER TABLE plan_goal ADD COLUMN period TEXT;
ALTER TABLE plan_goal ADD COLUMN planned_hours DOUBLE;
ALTER TABLE plan_goal ADD COLUMN activities TEXT;
ALTER TABLE plan_goal ADD COLUMN outcome TEXT;
ALTER TABLE plan_goal ADD COLUMN outcome_on TEXT;
CREATE INDEX plan_goal_placement_period ON plan_goal (placement_id, period);
