-- The erasure ledger, record by record. 0009 keeps keyed hashes of an erased person's email and
-- phone; matching on those alone also removes a different person who shares one of them (a
-- family phone) and was told apart by staff when the request was fulfilled. From this version
-- each erased record is kept as well: HMAC-SHA256(key, "<table>:<id>:<received time>"), so a
-- restore removes exactly the records that were erased. Ids are never reused (0008), and the
-- time guards against ids handed out twice before that. Retention purges are recorded here too:
-- a restored backup must not bring back what the retention period already removed. Records staff
-- told apart as another person's at fulfilment are kept as 'kept', so a check of the vault does
-- not report them.
CREATE TABLE erasure_ledger_records (
    key_id    INTEGER NOT NULL REFERENCES erasure_ledger_keys (id),
    digest    BLOB NOT NULL,
    person    TEXT NOT NULL DEFAULT '',      -- the ledger person of a rights request; '' otherwise
    reason    TEXT NOT NULL CHECK (reason IN ('request', 'retention', 'kept')),
    erased_at TEXT NOT NULL,
    PRIMARY KEY (key_id, digest)
) WITHOUT ROWID;
