-- hubperf: the hub's private keys are sealed at rest. hub_keyring holds one keyring (the JSON of a Werkmap keyring
-- file: a random data key wrapped under a key derived from the hub passphrase); hub_key.jwk then holds the private
-- JWK sealed with that data key (base64), and public_jwk its public half, so commands that only show or hand out
-- public keys need no passphrase. Rows written before this migration stay 'plain' until the hub is first started
-- with a passphrase, which seals them in one transaction.
CREATE TABLE hub_keyring (
    id         INTEGER NOT NULL PRIMARY KEY,
    keyring    TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);

ALTER TABLE hub_key ADD COLUMN public_jwk TEXT;
ALTER TABLE hub_key ADD COLUMN protection TEXT NOT NULL DEFAULT 'plain';
