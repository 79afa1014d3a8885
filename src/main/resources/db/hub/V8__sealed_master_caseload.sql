-- hubseal: the master caseload's personal fields sealed at rest (see MasterSealing). Each candidate gets a data key
-- of its own, wrapped by the hub's data key (the one hub_keyring holds under the hub passphrase); subject '*' is the
-- one key of rows that belong to no candidate. Deleting a candidate's row here makes every value sealed under it
-- unreadable at once (crypto-shredding).
CREATE TABLE hub_subject_key (
    subject    TEXT NOT NULL PRIMARY KEY,
    wrapped    TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A personal field's value rests in sealed_value (base64 of the sealed bytes) and value is null; plain fields keep
-- value. Rows written before this migration are sealed in one transaction at the first start with the passphrase.
ALTER TABLE master_field ADD COLUMN sealed_value TEXT;

-- A lost personal value likewise, sealed under the key of losing_subject (the row's candidate when it was lost).
ALTER TABLE hub_conflict ADD COLUMN losing_sealed TEXT;
ALTER TABLE hub_conflict ADD COLUMN losing_subject TEXT;
