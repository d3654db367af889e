-- Call recordings (opt-in). A single call asks with record=true (call_ledger.record); a campaign
-- with recording=true records every call it places (campaign.recording, a column of its own so
-- that the workflow's rewrites of campaign.settings never drop it).
ALTER TABLE call_ledger ADD COLUMN record BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE campaign ADD COLUMN recording BOOLEAN NOT NULL DEFAULT false;

-- One row per recording Twilio reported through the RecordingStatusCallback; a later callback
-- for the same RecordingSid (in-progress, then completed) updates it.
CREATE TABLE call_recording (
    recording_sid    TEXT        PRIMARY KEY,
    call_id          TEXT        NOT NULL REFERENCES call_ledger (call_id),
    call_sid         TEXT,
    status           TEXT        NOT NULL,
    media_url        TEXT,
    duration_seconds INTEGER,
    channels         INTEGER,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX call_recording_call_idx ON call_recording (call_id, updated_at DESC);
