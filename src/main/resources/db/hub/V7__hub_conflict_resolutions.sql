-- Coaches' decisions on conflicts, as devices send them in up-bundles (member "resolutions"): 'keep' means the value
-- the record holds stays and the losing value is set aside. One row per device and conflict (entity, id, field,
-- losing stamp), so a decision received twice is one row. Only decisions from a device whose coach sees the record
-- are kept. A kept decision settles the hub_conflict row it names, now or when the hub records that loss later;
-- the rows stay as the record of who closed which conflict.
CREATE TABLE hub_conflict_resolution (
    entity      TEXT   NOT NULL,
    entity_id   TEXT   NOT NULL,
    field       TEXT   NOT NULL,
    losing_hlc  TEXT   NOT NULL,
    device_id   TEXT   NOT NULL,
    decision    TEXT   NOT NULL,
    journal_seq BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, losing_hlc, device_id)
);
-- Losses found in one apply look up decisions made on their rows.
CREATE INDEX hub_conflict_resolution_row ON hub_conflict_resolution (entity_id);
