-- What the coach typed in "Sessie vastleggen" and did not save yet, one draft per candidate, written a moment after
-- typing stops so a crash or power cut loses nothing. Local to this laptop: not an entity table (no deleted,
-- updated_at or updated_by), never change-logged, so the sync outbox never sees it, and refused if it ever arrived
-- from elsewhere. Removed when the session is saved or the coach throws the draft away.
-- content: the typed fields as JSON, sealed (AES-256-GCM bound to table, column and candidate id) like every
-- personal field; saved_at: when it was last written (ISO instant), to say "concept van 14:32".
CREATE TABLE session_draft (
    candidate_id TEXT NOT NULL PRIMARY KEY,
    content      BLOB NOT NULL,
    saved_at     TEXT NOT NULL
);
