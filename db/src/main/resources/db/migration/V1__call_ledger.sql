-- One row per dial attempt. Written before the REST call to Twilio, so that a retried dial
-- finds it and adopts the call instead of dialing twice.
CREATE TABLE call_ledger (
    call_id            TEXT        PRIMARY KEY,
    workflow_id        TEXT        NOT NULL UNIQUE,
    call_sid           TEXT        UNIQUE,
    to_number          TEXT        NOT NULL,
    from_number        TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    last_sequence      BIGINT      NOT NULL DEFAULT -1,
    disposition        TEXT,
    answered_by        TEXT,
    error_code         INTEGER,
    duration_seconds   INTEGER,
    custom_parameters  JSONB       NOT NULL DEFAULT '{}'::jsonb,
    prompt             TEXT,
    first_message      TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    dial_started_at    TIMESTAMPTZ,
    answered_at        TIMESTAMPTZ,
    ended_at           TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX call_ledger_status_idx ON call_ledger (status, created_at DESC);
CREATE INDEX call_ledger_created_idx ON call_ledger (created_at DESC);

-- Every status the carrier reported, in the order Twilio numbered them.
CREATE TABLE call_status_event (
    id               BIGSERIAL   PRIMARY KEY,
    call_id          TEXT        NOT NULL REFERENCES call_ledger (call_id),
    call_sid         TEXT,
    status           TEXT        NOT NULL,
    sequence_number  BIGINT,
    source           TEXT        NOT NULL,
    answered_by      TEXT,
    duration_seconds INTEGER,
    sip_response_code TEXT,
    occurred_at      TIMESTAMPTZ NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    dedupe_key       TEXT        NOT NULL UNIQUE
);

CREATE INDEX call_status_event_call_idx ON call_status_event (call_id, sequence_number);

-- Raw webhooks, stored before they are signalled: nothing a carrier tells us is lost when
-- Temporal is down or the workflow is not there yet. The relay delivers rows with delivered_at
-- NULL.
CREATE TABLE webhook_inbox (
    id              BIGSERIAL   PRIMARY KEY,
    kind            TEXT        NOT NULL,
    dedupe_key      TEXT        NOT NULL UNIQUE,
    call_id         TEXT,
    call_sid        TEXT,
    url             TEXT        NOT NULL,
    params          JSONB       NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT
);

CREATE INDEX webhook_inbox_pending_idx ON webhook_inbox (next_attempt_at) WHERE delivered_at IS NULL;
CREATE INDEX webhook_inbox_call_idx ON webhook_inbox (call_id);
