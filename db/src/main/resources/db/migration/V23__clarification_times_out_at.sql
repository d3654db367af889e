-- When a pending clarification times out, as the call's workflow computes it from the campaign's
-- (or the single call's) clarificationTimeout: the dashboard's countdown reads it. NULL on rows
-- written before it, and once settled. A nullable column without a default: no table rewrite.
ALTER TABLE clarification ADD COLUMN times_out_at TIMESTAMPTZ;
