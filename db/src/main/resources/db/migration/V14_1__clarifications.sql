-- The agents' questions to a supervisor, one row per question of a call, written by the call's
-- workflow (an activity): pending from the question, then answered (by whom, with what) or timed
-- out. GET /api/clarifications lists them; the workflow's history remains the authority.
CREATE TABLE clarification (
    call_id      TEXT        NOT NULL,
    number       INTEGER     NOT NULL,
    campaign_id  TEXT,
    contact_id   BIGINT,
    question     TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('PENDING', 'ANSWERED', 'TIMED_OUT')),
    asked_at     TIMESTAMPTZ NOT NULL,
    settled_at   TIMESTAMPTZ,
    answered_by  TEXT,
    response     TEXT,
    PRIMARY KEY (call_id, number)
);

CREATE INDEX clarification_pending ON clarification (asked_at) WHERE status = 'PENDING';
