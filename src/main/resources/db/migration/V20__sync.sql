-- Sync state on the device (owned by nl.werkmap.sync). Not entity tables: never change-logged, never synced.

-- This device's enrolment at its municipality hub. seen_change_seq: the change_log seq when the last fetch was
-- applied; an own edit after it was made without seeing what the hub has since, so a clash with it is concurrent.
-- This device's enrolment at its municipality hub. The private keys are sealed by the vault like personal fields
-- (table sync_enrollment, their column, row id = device_id); the hub's signing key is pinned at enrolment.
CREATE TABLE sync_enrollment (
    device_id          TEXT    NOT NULL PRIMARY KEY,
    hub_url            TEXT    NOT NULL,
    municipality       TEXT    NOT NULL,
    coach_id           TEXT    NOT NULL,
    role               TEXT    NOT NULL,
    team               TEXT    NOT NULL,
    signing_key        BLOB    NOT NULL,
    encryption_key     BLOB    NOT NULL,
    hub_signing_key    TEXT    NOT NULL,
    hub_encryption_key TEXT    NOT NULL,
    down_cursor        INTEGER NOT NULL DEFAULT 0,
    seen_change_seq    INTEGER NOT NULL DEFAULT 0,
    enrolled_at        TEXT    NOT NULL,
    last_success_at    TEXT,
    last_error         TEXT
);

-- Bundles exactly as built and sealed, stored before any send and never changed; only the delivery columns move.
CREATE TABLE sync_outbox (
    bundle_id       TEXT    NOT NULL PRIMARY KEY,
    seq_from        INTEGER NOT NULL,
    seq_to          INTEGER NOT NULL,
    change_count    INTEGER NOT NULL,
    jwe             TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    refused_code    TEXT,
    acknowledged_at TEXT
);
CREATE INDEX sync_outbox_pending ON sync_outbox (acknowledged_at, seq_from);

-- A field value that lost a concurrent edit, kept for the coach to see and resolve. Stored form as in change_log.
CREATE TABLE sync_conflict (
    id            TEXT    NOT NULL PRIMARY KEY,
    entity        TEXT    NOT NULL,
    entity_id     TEXT    NOT NULL,
    field         TEXT    NOT NULL,
    losing_value  BLOB,
    sealed        BOOLEAN NOT NULL DEFAULT 0,
    losing_hlc    TEXT    NOT NULL,
    losing_device TEXT    NOT NULL,
    winning_hlc   TEXT    NOT NULL,
    detected_at   TEXT    NOT NULL,
    resolved_at   TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at, entity, entity_id);
