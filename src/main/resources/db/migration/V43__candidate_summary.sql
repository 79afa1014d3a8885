-- The caseload list's per-candidate facts, kept by triggers (issue 13): the latest session that took place, the
-- latest ladder measurement, the latest decision on sharing the profile with employers, and whether a live
-- werknemersprofiel exists. The list used to find each by an index seek per candidate; at 150,000 candidates on a
-- cold file those seeks read about 370 MB of indexes out of order (87% of the unlock's SQL time). Read from here the
-- list is the candidate table and this small table in one pass.
--
-- Derived data only: dates, bits and ids, nothing sealed and no names. Local to this laptop (every laptop keeps its
-- own from its own rows), so not synced and without change-log entries. candidate_id lets the erasure find the row
-- with every other table's (CandidateTables); the candidate's delete trigger removes it too.
--
-- last_done_at is the latest live session with state GEDAAN or no state, whatever its date. The list wants the
-- latest up to today: when last_done_at lies after today (a future session marked done, rare) the list asks the
-- sessions for that candidate only (CandidateLine.SELECT), so the result is the same on every day.
--
-- The triggers keep every row right under inserts, updates (moves between candidates, soft deletes, undeletes,
-- changed dates and states) and hard deletes (erasure). Inserts, the bulk of a sync or demo import, cost one
-- primary-key update; updates and deletes that can lower a value recompute it with one index seek. The store writes
-- rows with plain INSERT and UPDATE (RowWrites, the repos): INSERT OR REPLACE of a row that moves it to another
-- candidate would fire no delete trigger and must not be used on these tables.
CREATE TABLE candidate_summary (
    candidate_id    TEXT    NOT NULL PRIMARY KEY,
    last_done_at    TEXT,
    last_ladder     TEXT,
    profile_consent BOOLEAN,
    has_profile     BOOLEAN NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Filled set-based from the current rows: each grouping walks its covering index once, in candidate order.
INSERT INTO candidate_summary (candidate_id)
SELECT id FROM candidate ORDER BY id;

UPDATE candidate_summary SET last_done_at = g.last_done_at
FROM (SELECT candidate_id, max(starts_at) AS last_done_at FROM coaching_session
      WHERE deleted = 0 AND (state IS NULL OR state = 'GEDAAN') GROUP BY candidate_id) AS g
WHERE g.candidate_id = candidate_summary.candidate_id;

UPDATE candidate_summary SET last_ladder = g.last_ladder
FROM (SELECT candidate_id, max(measured_on) AS last_ladder FROM ladder_measurement
      WHERE deleted = 0 GROUP BY candidate_id) AS g
WHERE g.candidate_id = candidate_summary.candidate_id;

-- Later decisions overrule earlier ones; on the same day the one saved last counts (as CandidateLine read it).
UPDATE candidate_summary SET profile_consent = (
    SELECT p.given FROM consent p WHERE p.purpose = 'PROFIEL_AAN_WERKGEVER' AND p.deleted = 0
    AND p.candidate_id = candidate_summary.candidate_id ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1)
WHERE candidate_id IN (SELECT candidate_id FROM consent WHERE purpose = 'PROFIEL_AAN_WERKGEVER' AND deleted = 0);

UPDATE candidate_summary SET has_profile = 1
WHERE candidate_id IN (SELECT candidate_id FROM werknemersprofiel WHERE deleted = 0);

-- Candidates: a new one gets its row, computed from whatever rows already name it (a sync may bring them first).
CREATE TRIGGER candidate_summary_candidate_insert AFTER INSERT ON candidate
BEGIN
    DELETE FROM candidate_summary WHERE candidate_id = NEW.id;
    INSERT INTO candidate_summary (candidate_id, last_done_at, last_ladder, profile_consent, has_profile)
    VALUES (NEW.id,
        (SELECT max(s.starts_at) FROM coaching_session s WHERE s.candidate_id = NEW.id AND s.deleted = 0
         AND (s.state IS NULL OR s.state = 'GEDAAN')),
        (SELECT max(l.measured_on) FROM ladder_measurement l WHERE l.candidate_id = NEW.id AND l.deleted = 0),
        (SELECT p.given FROM consent p WHERE p.purpose = 'PROFIEL_AAN_WERKGEVER' AND p.deleted = 0
         AND p.candidate_id = NEW.id ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1),
        EXISTS (SELECT 1 FROM werknemersprofiel w WHERE w.candidate_id = NEW.id AND w.deleted = 0));
END;

CREATE TRIGGER candidate_summary_candidate_delete AFTER DELETE ON candidate
BEGIN
    DELETE FROM candidate_summary WHERE candidate_id = OLD.id;
END;

-- Ids do not change, but should one ever, its row follows.
CREATE TRIGGER candidate_summary_candidate_id AFTER UPDATE OF id ON candidate WHEN OLD.id IS NOT NEW.id
BEGIN
    UPDATE candidate_summary SET candidate_id = NEW.id WHERE candidate_id = OLD.id;
END;

-- Sessions. An insert can only raise the latest date: one primary-key update.
CREATE TRIGGER candidate_summary_session_insert AFTER INSERT ON coaching_session
WHEN NEW.deleted = 0 AND (NEW.state IS NULL OR NEW.state = 'GEDAAN')
BEGIN
    UPDATE candidate_summary SET last_done_at = NEW.starts_at
    WHERE candidate_id = NEW.candidate_id AND (last_done_at IS NULL OR last_done_at < NEW.starts_at);
END;

CREATE TRIGGER candidate_summary_session_update AFTER UPDATE ON coaching_session
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.starts_at IS NOT NEW.starts_at OR OLD.state IS NOT NEW.state
    OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE candidate_summary SET last_done_at = (SELECT max(s.starts_at) FROM coaching_session s
        WHERE s.candidate_id = candidate_summary.candidate_id AND s.deleted = 0
        AND (s.state IS NULL OR s.state = 'GEDAAN'))
    WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;

-- A hard delete lowers the date only if it removed the session that set it.
CREATE TRIGGER candidate_summary_session_delete AFTER DELETE ON coaching_session
WHEN OLD.deleted = 0 AND (OLD.state IS NULL OR OLD.state = 'GEDAAN')
BEGIN
    UPDATE candidate_summary SET last_done_at = (SELECT max(s.starts_at) FROM coaching_session s
        WHERE s.candidate_id = candidate_summary.candidate_id AND s.deleted = 0
        AND (s.state IS NULL OR s.state = 'GEDAAN'))
    WHERE candidate_id = OLD.candidate_id AND last_done_at = OLD.starts_at;
END;

-- Ladder measurements, as sessions.
CREATE TRIGGER candidate_summary_ladder_insert AFTER INSERT ON ladder_measurement WHEN NEW.deleted = 0
BEGIN
    UPDATE candidate_summary SET last_ladder = NEW.measured_on
    WHERE candidate_id = NEW.candidate_id AND (last_ladder IS NULL OR last_ladder < NEW.measured_on);
END;

CREATE TRIGGER candidate_summary_ladder_update AFTER UPDATE ON ladder_measurement
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.measured_on IS NOT NEW.measured_on
    OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE candidate_summary SET last_ladder = (SELECT max(l.measured_on) FROM ladder_measurement l
        WHERE l.candidate_id = candidate_summary.candidate_id AND l.deleted = 0)
    WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;

CREATE TRIGGER candidate_summary_ladder_delete AFTER DELETE ON ladder_measurement WHEN OLD.deleted = 0
BEGIN
    UPDATE candidate_summary SET last_ladder = (SELECT max(l.measured_on) FROM ladder_measurement l
        WHERE l.candidate_id = candidate_summary.candidate_id AND l.deleted = 0)
    WHERE candidate_id = OLD.candidate_id AND last_ladder = OLD.measured_on;
END;

-- Consent: few rows per candidate, and which one counts depends on two dates, so every change of a profile consent
-- recomputes with the list's own rule (one seek on consent_profile).
CREATE TRIGGER candidate_summary_consent_insert AFTER INSERT ON consent
WHEN NEW.purpose = 'PROFIEL_AAN_WERKGEVER'
BEGIN
    UPDATE candidate_summary SET profile_consent = (SELECT p.given FROM consent p
        WHERE p.purpose = 'PROFIEL_AAN_WERKGEVER' AND p.deleted = 0 AND p.candidate_id = candidate_summary.candidate_id
        ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1)
    WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_summary_consent_update AFTER UPDATE ON consent
WHEN (OLD.purpose = 'PROFIEL_AAN_WERKGEVER' OR NEW.purpose = 'PROFIEL_AAN_WERKGEVER')
    AND (OLD.candidate_id IS NOT NEW.candidate_id OR OLD.purpose IS NOT NEW.purpose OR OLD.given IS NOT NEW.given
        OR OLD.decided_on IS NOT NEW.decided_on OR OLD.updated_at IS NOT NEW.updated_at
        OR OLD.deleted IS NOT NEW.deleted)
BEGIN
    UPDATE candidate_summary SET profile_consent = (SELECT p.given FROM consent p
        WHERE p.purpose = 'PROFIEL_AAN_WERKGEVER' AND p.deleted = 0 AND p.candidate_id = candidate_summary.candidate_id
        ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1)
    WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;

CREATE TRIGGER candidate_summary_consent_delete AFTER DELETE ON consent
WHEN OLD.purpose = 'PROFIEL_AAN_WERKGEVER'
BEGIN
    UPDATE candidate_summary SET profile_consent = (SELECT p.given FROM consent p
        WHERE p.purpose = 'PROFIEL_AAN_WERKGEVER' AND p.deleted = 0 AND p.candidate_id = candidate_summary.candidate_id
        ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1)
    WHERE candidate_id = OLD.candidate_id;
END;

-- Werknemersprofiel: only whether a live one exists.
CREATE TRIGGER candidate_summary_profile_insert AFTER INSERT ON werknemersprofiel WHEN NEW.deleted = 0
BEGIN
    UPDATE candidate_summary SET has_profile = 1 WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_summary_profile_update AFTER UPDATE ON werknemersprofiel
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE candidate_summary SET has_profile = EXISTS (SELECT 1 FROM werknemersprofiel w
        WHERE w.candidate_id = candidate_summary.candidate_id AND w.deleted = 0)
    WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;

CREATE TRIGGER candidate_summary_profile_delete AFTER DELETE ON werknemersprofiel WHEN OLD.deleted = 0
BEGIN
    UPDATE candidate_summary SET has_profile = EXISTS (SELECT 1 FROM werknemersprofiel w
        WHERE w.candidate_id = candidate_summary.candidate_id AND w.deleted = 0)
    WHERE candidate_id = OLD.candidate_id;
END;
