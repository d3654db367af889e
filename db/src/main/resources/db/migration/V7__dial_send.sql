-- Each paced dial from the moment it may go to the carrier until the carrier has answered the
-- request: DialPacer.admit lets a dial go only while fewer than the rate's worth of the key's
-- dials may still share a second with it (those not yet answered, or answered within the last
-- second), so no second at the carrier holds more dials than the rate, however late one leaves.
CREATE TABLE dial_send (
    send_id      BIGSERIAL   PRIMARY KEY,
    pacer_key    TEXT        NOT NULL REFERENCES dial_pacer (pacer_key) ON DELETE CASCADE,
    admitted_at  TIMESTAMPTZ NOT NULL,
    answered_at  TIMESTAMPTZ
);

CREATE INDEX dial_send_by_key ON dial_send (pacer_key, admitted_at);
