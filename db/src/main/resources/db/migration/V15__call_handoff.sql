-- Where a call may go past its conversation, and where it went. A single call's own options
-- (transferTo, voicemailMessage) are kept here so that a call rebuilt from the ledger keeps them;
-- a campaign call's come from its campaign's settings. The Connect action dials only the
-- transfer_target the call's workflow stored.
CREATE TABLE call_handoff (
    call_id                TEXT        PRIMARY KEY REFERENCES call_ledger (call_id),
    transfer_numbers       JSONB       NOT NULL DEFAULT '[]'::jsonb,
    voicemail_template     TEXT,
    transfer_target        TEXT,
    transfer_requested_by  TEXT,
    transferred_at         TIMESTAMPTZ,
    voicemail_message      TEXT,
    voicemail_left_at      TIMESTAMPTZ
);
