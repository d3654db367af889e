-- Who changed what through the REST API: one row per state-changing /api request a key was let
-- in for (anything but GET, HEAD and OPTIONS), with the key's id (never the key) and the answer.
CREATE TABLE api_audit (
    id              BIGSERIAL   PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    key_id          TEXT        NOT NULL,
    role            TEXT        NOT NULL,
    method          TEXT        NOT NULL,
    path            TEXT        NOT NULL,
    status          INTEGER     NOT NULL,
    client_address  TEXT        NOT NULL
);

CREATE INDEX api_audit_by_time ON api_audit (at);
CREATE INDEX api_audit_by_key ON api_audit (key_id, at);
