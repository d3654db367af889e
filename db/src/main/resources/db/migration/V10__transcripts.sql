-- One row per turn of a call's conversation, written by the media worker (never through workflow
-- history). Latencies are measured by the media worker from the callee's prompt arriving:
-- to the model request, to the model's first token, and to the first text frame sent back.
CREATE TABLE transcript_turn (
    id                   BIGSERIAL   PRIMARY KEY,
    call_id              TEXT        NOT NULL,
    call_sid             TEXT,
    seq                  INTEGER     NOT NULL,
    speaker              TEXT        NOT NULL CHECK (speaker IN ('agent', 'callee', 'system')),
    text                 TEXT        NOT NULL,
    digits               TEXT,
    interrupted          BOOLEAN     NOT NULL DEFAULT false,
    started_at           TIMESTAMPTZ NOT NULL,
    ended_at             TIMESTAMPTZ,
    model_request_ms     DOUBLE PRECISION,
    first_token_ms       DOUBLE PRECISION,
    first_text_frame_ms  DOUBLE PRECISION,
    UNIQUE (call_id, seq)
);
