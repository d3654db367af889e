-- What a conversation came to (CallOutcome as JSON), read from its transcript when it ended, and
-- the names it is counted under in a campaign's counts.byOutcome (promiseToPay, wrongPerson, …).
ALTER TABLE call_ledger ADD COLUMN outcome JSONB;
ALTER TABLE call_ledger ADD COLUMN outcome_labels TEXT[];

CREATE INDEX call_ledger_outcome_labels_idx ON call_ledger USING GIN (outcome_labels)
    WHERE outcome_labels IS NOT NULL;
