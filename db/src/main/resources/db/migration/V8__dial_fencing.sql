-- The fencing token of the dial try that owns an attempt: a try marks the dial started only by a
-- compare-and-set on the token it read, so of two tries running at once only one reaches Twilio.
ALTER TABLE call_ledger ADD COLUMN dial_token text;
