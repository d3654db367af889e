-- Every supervisor action accepted on a live call: who (the API key's id, never the key), when,
-- which call, what action and value, and what came of it. The call's workflow history holds the
-- same action; this table answers "who did what" without reading histories.
CREATE TABLE supervisor_action (
    id        BIGSERIAL   PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    key_id    TEXT        NOT NULL,
    call_id   TEXT        NOT NULL,
    action    TEXT        NOT NULL,
    value     TEXT,
    status    TEXT        NOT NULL,
    message   TEXT
);

CREATE INDEX supervisor_action_by_call ON supervisor_action (call_id, at);
