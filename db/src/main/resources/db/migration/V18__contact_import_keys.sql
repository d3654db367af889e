-- Contact import closer to COPY (issue 16). A COPY of 1,000,000 stored contacts into
-- campaign_contact took 19-30 s against 6-7 s without the two structures dropped here
-- (BENCHMARKS.md, "Contact import", where the gap went).
--
-- campaign_contact_state_idx (campaign_id, state): a million equal keys per upload, each insert
-- into the same few pages of posting lists. It served the campaign's DIALING contacts and its
-- counts by state. The DIALING contacts (at most a campaign's concurrent calls) now have their
-- own partial index, which also serves the claim's lookup by token and costs an upload nothing:
-- uploaded contacts are PENDING. Counts by state read the campaign's rows through its other
-- keys; the waiting ones through the hopper's partial index.
CREATE INDEX campaign_contact_dialing_idx ON campaign_contact (campaign_id, claim_token)
    WHERE state = 'DIALING';
DROP INDEX campaign_contact_claim_idx;
DROP INDEX campaign_contact_state_idx;

-- The foreign key to campaign checked every uploaded row on its own (a trigger and a key-share
-- lock of the campaign's row, per row). The only writer of contacts, the upload, checks the
-- campaign exists and holds that same key-share lock on its row until it commits; campaigns are
-- never deleted and their ids never change. So the key held nothing the upload does not.
ALTER TABLE campaign_contact DROP CONSTRAINT campaign_contact_campaign_id_fkey;

-- Locks: the index is built under a SHARE lock on campaign_contact (reads go on, writes wait for
-- one scan of the table: ~1 s per million contacts); the drops take ACCESS EXCLUSIVE for a moment
-- (catalog changes only). The DROP CONSTRAINT also takes SHARE ROW EXCLUSIVE on campaign for as
-- long.
