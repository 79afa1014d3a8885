-- The municipality hub's own store. Portable SQL: the same migration runs on SQLite (default) and PostgreSQL.
-- Only TEXT, BIGINT and INTEGER columns, so no BLOB/BYTEA difference; bundles and keys are ASCII/JSON text.
-- Moments are ISO-8601 UTC text; hybrid-clock stamps are fixed-width text that sorts as the clock.

-- Key generations. The signing key is the hub's identity (pinned by devices); the encryption key is the
-- "municipality key" devices encrypt to. Rotation adds a generation and moves 'current'; old ones stay for reading.
CREATE TABLE hub_key (
    kid        TEXT    NOT NULL PRIMARY KEY,
    purpose    TEXT    NOT NULL,
    jwk        TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    is_current INTEGER NOT NULL
);

CREATE TABLE hub_setting (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE hub_coach (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    team       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One-time enrolment codes; only the SHA-256 of the code is kept.
CREATE TABLE enroll_code (
    code_hash  TEXT NOT NULL PRIMARY KEY,
    coach_id   TEXT NOT NULL REFERENCES hub_coach (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    device_id  TEXT
);

CREATE TABLE device (
    id             TEXT NOT NULL PRIMARY KEY,
    coach_id       TEXT NOT NULL REFERENCES hub_coach (id),
    name           TEXT NOT NULL,
    signing_kid    TEXT NOT NULL UNIQUE,
    signing_jwk    TEXT NOT NULL,
    encryption_jwk TEXT NOT NULL,
    enrolled_at    TEXT NOT NULL,
    revoked_at     TEXT,
    last_seen_at   TEXT
);

-- Every accepted up-bundle, kept as received for audit.
CREATE TABLE received_bundle (
    bundle_id      TEXT    NOT NULL PRIMARY KEY,
    device_id      TEXT    NOT NULL,
    payload_digest TEXT    NOT NULL,
    jwe            TEXT    NOT NULL,
    change_count   INTEGER NOT NULL,
    received_at    TEXT    NOT NULL,
    via            TEXT    NOT NULL
);

-- Refused bundles are logged (not kept) so an administrator can see attacks and misconfigured devices.
CREATE TABLE refused_bundle (
    id          TEXT NOT NULL PRIMARY KEY,
    error_code  TEXT NOT NULL,
    detail      TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- The master caseload, one row per entity row and one per field. journal_seq is the hub-wide position at which the
-- row/field last changed: down-bundles are "everything visible with journal_seq > after".
CREATE TABLE master_row (
    entity           TEXT   NOT NULL,
    entity_id        TEXT   NOT NULL,
    candidate_id     TEXT,
    tombstone_hlc    TEXT,
    tombstone_device TEXT,
    journal_seq      BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id)
);
CREATE INDEX master_row_candidate ON master_row (candidate_id);
CREATE INDEX master_row_journal ON master_row (journal_seq);

CREATE TABLE master_field (
    entity      TEXT   NOT NULL,
    entity_id   TEXT   NOT NULL,
    field       TEXT   NOT NULL,
    value       TEXT,
    hlc         TEXT   NOT NULL,
    device_id   TEXT   NOT NULL,
    journal_seq BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
);
CREATE INDEX master_field_journal ON master_field (journal_seq);
