-- The relay claims rows with a lease in a short transaction, signals outside any transaction and
-- marks them delivered in another; a row whose workflow is gone for good is parked, not retried
-- forever.
ALTER TABLE webhook_inbox ADD COLUMN leased_until TIMESTAMPTZ;
ALTER TABLE webhook_inbox ADD COLUMN parked_at TIMESTAMPTZ;
ALTER TABLE webhook_inbox ADD COLUMN park_reason TEXT;

DROP INDEX webhook_inbox_pending_idx;
CREATE INDEX webhook_inbox_pending_idx ON webhook_inbox (next_attempt_at)
    WHERE delivered_at IS NULL AND parked_at IS NULL;
