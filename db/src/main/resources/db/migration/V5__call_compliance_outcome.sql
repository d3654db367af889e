-- A call compliance refused is never dialed: the ledger keeps why, and when it may be called.
ALTER TABLE call_ledger ADD COLUMN next_allowed_at TIMESTAMPTZ;
ALTER TABLE call_ledger ADD COLUMN compliance_reason TEXT;
