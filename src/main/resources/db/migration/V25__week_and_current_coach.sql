-- Who works on this laptop, and where a planned session takes place.
-- current_coach_id: the coach chosen at first start on a laptop that is not linked to a hub ("Wie ben je?"). It is a
-- fact about this device and this caseload file, so it lives beside the demo flag and is never synced; a linked
-- laptop takes its coach from sync_enrollment.coach_id instead (the hub assigned it at enrolment).
ALTER TABLE caseload_info ADD COLUMN current_coach_id TEXT;

-- place: the address or room of a (planned) session, e.g. "Bakkerij De Korenaar, Dorpsstraat 4". It can point to a
-- candidate's home, so it is sealed like the notes. A session whose starts_at lies in the future is "gepland": an
-- appointment.
ALTER TABLE coaching_session ADD COLUMN place BLOB;

-- The week view asks for school leaving dates in the coming days across the whole caseload: without an index that
-- is a full scan of the (wide) candidate table. Only pupils have the date, so a partial index stays small.
CREATE INDEX candidate_leaving ON candidate (expected_leaving_date) WHERE expected_leaving_date IS NOT NULL;
