-- avgfiles: the register of files Werkmap wrote for a candidate outside the caseload (issue 16): a profile PDF, an
-- inzage, an access-log CSV saved through a file chooser. The erasure cannot reach a copy the coach moved or mailed,
-- but it can remove what is still where Werkmap wrote it, unchanged, and name the rest. Local to this laptop (a
-- path means nothing elsewhere), so not synced and without change-log entries. path and sha256 are sealed: a file
-- name often holds the candidate's name. candidate_id lets the erasure find the rows with every other table's.
CREATE TABLE saved_file (
    id           TEXT NOT NULL PRIMARY KEY,
    candidate_id TEXT NOT NULL,
    what         TEXT NOT NULL,
    path         BLOB NOT NULL,
    sha256       BLOB NOT NULL,
    saved_at     TEXT NOT NULL
);
CREATE INDEX saved_file_candidate ON saved_file (candidate_id);
