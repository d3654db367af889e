-- Why a campaign is paused when the dialer paused it itself (Twilio refused the account's
-- credentials, the compliance check was unavailable); null for a pause an operator asked for.
ALTER TABLE campaign ADD COLUMN pause_reason text;
