-- A fence per claim: each try of a claim activity takes the fence before it claims, and commits
-- contacts as DIALING only while it still holds it, so a try that outlived its start-to-close
-- cannot commit contacts after the retry that replaced it claimed others.
CREATE TABLE campaign_claim (
    claim_token  TEXT        PRIMARY KEY,
    campaign_id  TEXT        NOT NULL REFERENCES campaign (campaign_id),
    try_id       TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What happened to a campaign outside its workflow's own steps (rebuilt after Temporal lost it,
-- stranded contacts given back), for operators: GET /api/campaigns/{id}/events.
CREATE TABLE campaign_event (
    event_id     BIGSERIAL   PRIMARY KEY,
    campaign_id  TEXT        NOT NULL REFERENCES campaign (campaign_id),
    kind         TEXT        NOT NULL,
    message      TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX campaign_event_by_campaign ON campaign_event (campaign_id, event_id);
