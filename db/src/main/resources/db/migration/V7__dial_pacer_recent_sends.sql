-- The send times of a pacer key's latest dials, newest first, at most one second's worth of the
-- key's rate: the last check before a dial goes out keeps any second from holding more dials than
-- the rate, even when dials leave their slots late (see DialPacer.admit).
ALTER TABLE dial_pacer ADD COLUMN recent_sends TIMESTAMPTZ[] NOT NULL DEFAULT '{}';
