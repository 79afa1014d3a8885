-- hubseal: a received up-bundle is kept for audit as one part per candidate (see KeptBundles): the signed bundle
-- with only that candidate's changes, sealed under the candidate's key from hub_subject_key (subject '*': rows of no
-- candidate and the coach's decisions). received_bundle keeps sender, digest and time; its jwe is '' for bundles
-- kept this way, so erasing a candidate (deleting its key) reaches the kept copies too.
CREATE TABLE received_part (
    bundle_id     TEXT NOT NULL,
    subject       TEXT NOT NULL,
    sealed_bundle TEXT NOT NULL,
    PRIMARY KEY (bundle_id, subject)
);
-- No index on subject: destroying the candidate's key is the erasure; removing its parts afterwards is a rare scan,
-- and every receive would pay for the index.
