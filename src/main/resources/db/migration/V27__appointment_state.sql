-- Whether an appointment took place. state: GEPLAND, GEDAAN or NIET_DOORGEGAAN; missed_reason: why not
-- (AFGEZEGD_DOOR_KANDIDAAT, NIET_VERSCHENEN, ...). Both plain: reports leave missed appointments out in SQL, and they
-- sync per field like every other column.
-- NULL means "not said": rows written before this version, or by a laptop that has not updated yet. Such a session
-- counts as it did before: planned while in the future, contact once past.
ALTER TABLE coaching_session ADD COLUMN state TEXT;
ALTER TABLE coaching_session ADD COLUMN missed_reason TEXT;

-- Appointments still ahead are said to be planned, so that once their time has passed the week view asks the coach
-- to finish them ("nog afronden") instead of counting them as contact. Not change-logged: every laptop
-- runs this same step on its own copy. Sessions in the past keep NULL (contact, as before).
UPDATE coaching_session SET state = 'GEPLAND'
WHERE deleted = 0 AND starts_at > strftime('%Y-%m-%dT%H:%M', 'now', 'localtime');

-- The last-contact and report queries now also ask for the state: keep their indexes covering, so they still read
-- the index alone and never the wide rows with their sealed notes.
DROP INDEX session_live_last;
CREATE INDEX session_live_last ON coaching_session (candidate_id, deleted, starts_at, state);
DROP INDEX session_report;
CREATE INDEX session_report ON coaching_session (starts_at, deleted, coach_id, candidate_id, placement_id,
    hours_accounted, state);
