-- Binds the caseload to the keyring that opens it. caseload_id is random, made once; keyring_check is that id sealed
-- under the caseload's data key (AES-GCM, bound to this table, column and id). At unlock the check must open with
-- the unlocked key, so a keyring.json copied from another caseload is refused before it can seal anything here.
-- One row at most; a caseload made before V30 gets its row at its next unlock.
CREATE TABLE caseload_binding (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    caseload_id   TEXT    NOT NULL,
    keyring_check BLOB    NOT NULL,
    bound_at      TEXT    NOT NULL
);
