-- A reused Idempotency-Key is the same request only when the whole request is the same: the hash
-- of its canonical form is kept per key and scope (calls, campaigns).
CREATE TABLE idempotency_key (
    scope         TEXT        NOT NULL,
    key           TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
