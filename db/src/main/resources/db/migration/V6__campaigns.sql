-- Campaigns and their hopper. Contacts and their next-eligible times live here, not in workflow
-- state, so a campaign of a million contacts keeps a small workflow history.

CREATE TABLE campaign (
    campaign_id   TEXT        PRIMARY KEY,
    name          TEXT        NOT NULL,
    purpose       TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELED')),
    -- CampaignSettings as JSON (callerId, agent, schedule, pacing, retry, compliance), as the
    -- workflow last saved it, or as created for a DRAFT.
    settings      JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    completed_at  TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX campaign_created_idx ON campaign (created_at DESC);

CREATE TABLE campaign_contact (
    contact_id        BIGSERIAL   PRIMARY KEY,
    campaign_id       TEXT        NOT NULL REFERENCES campaign (campaign_id),
    -- The contact's position in the upload that brought it, for reports in upload order.
    row_number        BIGINT      NOT NULL,
    phone             TEXT        NOT NULL,
    name              TEXT,
    timezone          TEXT,
    zip               TEXT,
    us_state          TEXT,
    custom_parameters JSONB       NOT NULL DEFAULT '{}'::jsonb,
    -- ContactState: PENDING, DIALING, RETRY, DONE, EXHAUSTED, BLOCKED, CANCELED, EXPIRED.
    state             TEXT        NOT NULL DEFAULT 'PENDING',
    -- Dials that count towards the campaign's maxAttempts; one compliance refused is given back.
    attempts          INTEGER     NOT NULL DEFAULT 0,
    -- Calls created for the contact, refused ones included. Numbers its callIds, so that an
    -- attempt given back never reuses the callId (and the workflow ID) of the call it gave back.
    calls             INTEGER     NOT NULL DEFAULT 0,
    -- NULL: eligible at once. Compared with workflow time, which a test server may set.
    next_eligible_at  TIMESTAMPTZ,
    -- The claim that moved it to DIALING: a retried claim finds its contacts by this.
    claim_token       TEXT,
    last_call_id      TEXT,
    last_disposition  TEXT,
    last_attempt_at   TIMESTAMPTZ,
    -- Why the contact waits or was closed, in words (compliance deferral, do-not-call…).
    note              TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (campaign_id, phone)
);

-- The hopper's query: the waiting contacts of a campaign, soonest eligible first.
CREATE INDEX campaign_contact_hopper_idx ON campaign_contact (campaign_id, next_eligible_at NULLS FIRST, contact_id)
    WHERE state IN ('PENDING', 'RETRY');
CREATE INDEX campaign_contact_state_idx ON campaign_contact (campaign_id, state);
CREATE INDEX campaign_contact_claim_idx ON campaign_contact (claim_token) WHERE state = 'DIALING';
CREATE INDEX campaign_contact_row_idx ON campaign_contact (campaign_id, row_number);

-- Which contact a campaign's call was for.
ALTER TABLE call_ledger ADD COLUMN contact_id BIGINT;
CREATE INDEX call_ledger_campaign_idx ON call_ledger (campaign_id, dial_started_at) WHERE campaign_id IS NOT NULL;

-- Dial pacing shared by every worker process: the next free dial slot per key (a campaign).
CREATE TABLE dial_pacer (
    pacer_key     TEXT        PRIMARY KEY,
    next_slot_at  TIMESTAMPTZ NOT NULL
);
