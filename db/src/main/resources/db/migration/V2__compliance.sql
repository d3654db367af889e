-- Compliance: do-not-call lists, state rules as data, a holiday calendar, and the columns of the
-- call ledger that frequency caps count by.

-- The internal list: opt-outs and operator entries. One row per number; blocks every campaign.
CREATE TABLE dnc_internal (
    phone       TEXT        PRIMARY KEY,
    source      TEXT        NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE dnc_campaign (
    campaign_id TEXT        NOT NULL,
    phone       TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (phone, campaign_id)
);

-- The National Do Not Call Registry as last imported. Imports add numbers; the snapshot table
-- says how fresh the list is.
CREATE TABLE dnc_national (
    phone        TEXT PRIMARY KEY,
    snapshot_date DATE NOT NULL
);

CREATE TABLE dnc_national_snapshot (
    id            BIGSERIAL   PRIMARY KEY,
    snapshot_date DATE        NOT NULL,
    imported      BIGINT      NOT NULL,
    duplicates    BIGINT      NOT NULL,
    rejected      BIGINT      NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- State rules are data: a change in the law is a new row with a later effective_from, not a code
-- change. Times are local to the callee; NULL means the rule sets no limit of that kind.
CREATE TABLE state_rule (
    id               BIGSERIAL PRIMARY KEY,
    state            TEXT      NOT NULL,
    purpose          TEXT      NOT NULL CHECK (purpose IN ('TELEMARKETING', 'DEBT_COLLECTION', 'INFORMATIONAL')),
    effective_from   DATE      NOT NULL,
    window_start     TIME,
    window_end       TIME,
    saturday_start   TIME,
    saturday_end     TIME,
    sunday_start     TIME,
    sunday_end       TIME,
    no_sundays       BOOLEAN   NOT NULL DEFAULT false,
    no_holidays      BOOLEAN   NOT NULL DEFAULT false,
    max_calls        INTEGER,
    cap_window_hours INTEGER,
    citation         TEXT      NOT NULL,
    UNIQUE (state, purpose, effective_from)
);

INSERT INTO state_rule (state, purpose, effective_from, window_start, window_end, saturday_start, saturday_end, sunday_start, sunday_end,
                        no_sundays, no_holidays, max_calls, cap_window_hours, citation) VALUES
 ('FL', 'TELEMARKETING', '2023-05-25', '08:00', '20:00', NULL, NULL, NULL, NULL, false, false, 3, 24,
  'Fla. Stat. 501.059(8)(a)-(b), as amended by SB 1120 (2023): 8 a.m.-8 p.m. local; at most 3 calls per 24 h on the same subject'),
 ('OK', 'TELEMARKETING', '2022-11-01', '08:00', '20:00', NULL, NULL, NULL, NULL, false, false, 3, 24,
  'Okla. Stat. tit. 15, 775C.4 (Telephone Solicitation Act of 2022): 8 a.m.-8 p.m. local; at most 3 calls per 24 h on the same subject'),
 ('MD', 'TELEMARKETING', '2024-01-01', '08:00', '20:00', NULL, NULL, NULL, NULL, false, false, 3, 24,
  'Md. Code, Com. Law 14-4503 (Stop the Spam Calls Act of 2023): 8 a.m.-8 p.m. local; at most 3 calls per 24 h on the same subject'),
 ('TX', 'TELEMARKETING', '2009-09-01', '09:00', '21:00', NULL, NULL, '12:00', '21:00', false, false, NULL, NULL,
  'Tex. Bus. & Com. Code 301.051: 9 a.m.-9 p.m. weekdays and Saturday, noon-9 p.m. Sunday'),
 ('MS', 'TELEMARKETING', '2003-07-01', '08:00', '20:00', NULL, NULL, NULL, NULL, true, true, NULL, NULL,
  'Miss. Code Ann. 77-3-725(1): 8 a.m.-8 p.m. local, no calls on Sunday or legal holidays'),
 ('RI', 'TELEMARKETING', '1999-07-01', '09:00', '18:00', '10:00', '17:00', NULL, NULL, true, true, NULL, NULL,
  'R.I. Gen. Laws 5-61-3.6 and 5-61-2 (hours of operation): 9 a.m.-6 p.m. weekdays, 10 a.m.-5 p.m. Saturday, none on Sundays or legal holidays'),
 ('MA', 'DEBT_COLLECTION', '2012-03-01', '08:00', '21:00', NULL, NULL, NULL, NULL, false, false, 2, 168,
  '940 CMR 7.04(1)(f): at most 2 telephone communications per 7-day period');

-- Public holidays, for rules that forbid calls on them. Federal holidays (5 U.S.C. 6103) on
-- their observed dates; state-only holidays are not listed yet.
CREATE TABLE holiday (
    day   DATE NOT NULL,
    scope TEXT NOT NULL DEFAULT 'US',
    name  TEXT NOT NULL,
    PRIMARY KEY (day, scope)
);

INSERT INTO holiday (day, name) VALUES
 ('2025-01-01', 'New Year''s Day'), ('2025-01-20', 'Martin Luther King Jr. Day'),
 ('2025-02-17', 'Washington''s Birthday'), ('2025-05-26', 'Memorial Day'),
 ('2025-06-19', 'Juneteenth'), ('2025-07-04', 'Independence Day'), ('2025-09-01', 'Labor Day'),
 ('2025-10-13', 'Columbus Day'), ('2025-11-11', 'Veterans Day'), ('2025-11-27', 'Thanksgiving Day'),
 ('2025-12-25', 'Christmas Day'),
 ('2026-01-01', 'New Year''s Day'), ('2026-01-19', 'Martin Luther King Jr. Day'),
 ('2026-02-16', 'Washington''s Birthday'), ('2026-05-25', 'Memorial Day'),
 ('2026-06-19', 'Juneteenth'), ('2026-07-03', 'Independence Day (observed)'), ('2026-09-07', 'Labor Day'),
 ('2026-10-12', 'Columbus Day'), ('2026-11-11', 'Veterans Day'), ('2026-11-26', 'Thanksgiving Day'),
 ('2026-12-25', 'Christmas Day'),
 ('2027-01-01', 'New Year''s Day'), ('2027-01-18', 'Martin Luther King Jr. Day'),
 ('2027-02-15', 'Washington''s Birthday'), ('2027-05-31', 'Memorial Day'),
 ('2027-06-18', 'Juneteenth (observed)'), ('2027-07-05', 'Independence Day (observed)'),
 ('2027-09-06', 'Labor Day'), ('2027-10-11', 'Columbus Day'), ('2027-11-11', 'Veterans Day'),
 ('2027-11-25', 'Thanksgiving Day'), ('2027-12-24', 'Christmas Day (observed)'),
 ('2027-12-31', 'New Year''s Day 2028 (observed)'),
 ('2028-01-17', 'Martin Luther King Jr. Day'), ('2028-02-21', 'Washington''s Birthday'),
 ('2028-05-29', 'Memorial Day'), ('2028-06-19', 'Juneteenth'), ('2028-07-04', 'Independence Day'),
 ('2028-09-04', 'Labor Day'), ('2028-10-09', 'Columbus Day'), ('2028-11-10', 'Veterans Day (observed)'),
 ('2028-11-23', 'Thanksgiving Day'), ('2028-12-25', 'Christmas Day');

-- What frequency caps count by. Nullable: rows written before compliance existed have none.
ALTER TABLE call_ledger ADD COLUMN campaign_id TEXT;
ALTER TABLE call_ledger ADD COLUMN purpose TEXT;
ALTER TABLE call_ledger ADD COLUMN subject TEXT;

CREATE INDEX call_ledger_to_number_idx ON call_ledger (to_number, dial_started_at);
