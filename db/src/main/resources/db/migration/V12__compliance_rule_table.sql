-- Compliance, second pass: the rule table says which holiday dates it bans, which clock a statute
-- names and whether a row was checked against the statute's text; states' own holidays become a
-- rule table; rows found wrong are corrected and the states named in issue 15 are added.
-- Federal holidays are computed by rule (5 U.S.C. 6103) in the code; the holiday table of V2 is no
-- longer read.

ALTER TABLE state_rule ADD COLUMN holiday_dates TEXT NOT NULL DEFAULT 'BOTH'
    CHECK (holiday_dates IN ('ACTUAL', 'OBSERVED', 'BOTH'));
ALTER TABLE state_rule ADD COLUMN state_holidays BOOLEAN NOT NULL DEFAULT false;
-- A fixed clock the statute names ("Central Standard Time"): the hours hold in it as well as in
-- the callee's local time.
ALTER TABLE state_rule ADD COLUMN clock_zone TEXT;
ALTER TABLE state_rule ADD COLUMN verified BOOLEAN NOT NULL DEFAULT false;

-- A state's own legal holidays, where its ban says "legal holidays". rule: FIXED MM-DD,
-- NTH n DOW MM, LAST DOW MM or EASTER +-n; shifts: a weekend date is also observed on the Friday
-- before or the Monday after.
CREATE TABLE state_holiday (
    state      TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    rule       TEXT    NOT NULL,
    shifts     BOOLEAN NOT NULL DEFAULT true,
    since_year INTEGER NOT NULL DEFAULT 1900,
    citation   TEXT    NOT NULL,
    verified   BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (state, name)
);

-- Florida: the hours and the 3-per-24 h cap are Fla. Stat. 501.616(6) as amended by
-- ch. 2021-185 (CS/SB 1120), in force 2021-07-01; the V2 row cited 501.059 and 2023.
DELETE FROM state_rule WHERE state = 'FL' AND purpose = 'TELEMARKETING' AND effective_from = '2023-05-25';
INSERT INTO state_rule (state, purpose, effective_from, window_start, window_end, max_calls, cap_window_hours,
                        citation, verified) VALUES
 ('FL', 'TELEMARKETING', '2021-07-01', '08:00', '20:00', 3, 24,
  'Fla. Stat. 501.616(6)(a)-(b), as amended by ch. 2021-185, Laws of Fla. (CS/SB 1120), in force 2021-07-01: no commercial telephone solicitation before 8 a.m. or after 8 p.m. local time in the called person''s time zone; at most 3 such calls to a person in 24 h on the same subject matter, regardless of the number used',
  true);

-- Mississippi: hours and the Sunday ban are Miss. Code Ann. 77-3-723(1) ("between the hours of
-- 8:00 a.m. and 8:00 p.m. Central Standard Time"; "No telephone solicitations may be made on a
-- Sunday"), not 77-3-725. Read strictly, the hours hold both on the Central Standard clock
-- (UTC-6 all year) and in local time. The legal-holiday ban was the Public Service Commission's
-- rule (39 Miss. Admin. Code Pt. 1, R. 1:28), repealed after 2023 HB 1225 moved enforcement to
-- the Attorney General: the ban is kept for the old row only, and the date it ended is not
-- confirmed.
UPDATE state_rule
   SET citation = 'Miss. Code Ann. 77-3-723(1): 8:00 a.m.-8:00 p.m. Central Standard Time, no telephone solicitations on Sunday; legal holidays: PSC rule 39 Miss. Admin. Code Pt. 1, R. 1:28 (unverified: rule text not read)',
       clock_zone = 'Etc/GMT+6'
 WHERE state = 'MS' AND purpose = 'TELEMARKETING' AND effective_from = '2003-07-01';
INSERT INTO state_rule (state, purpose, effective_from, window_start, window_end, no_sundays, no_holidays,
                        clock_zone, citation, verified) VALUES
 ('MS', 'TELEMARKETING', '2023-07-01', '08:00', '20:00', true, false, 'Etc/GMT+6',
  'Miss. Code Ann. 77-3-723(1): 8:00 a.m.-8:00 p.m. Central Standard Time, no telephone solicitations on Sunday. No holiday ban: the PSC repealed 39 Miss. Admin. Code Pt. 1, R. 1:28 after 2023 HB 1225 (per the AG''s Consumer Protection Division, 2024); the effective date 2023-07-01 (HB 1225) is not confirmed',
  false);

-- Rhode Island's ban names "legal holidays": the state's own count (Victory Day).
UPDATE state_rule SET state_holidays = true
 WHERE state = 'RI' AND purpose = 'TELEMARKETING';

-- Rows V2 seeded and not re-checked against the statute's text here stay unverified (the default).

INSERT INTO state_rule (state, purpose, effective_from, window_start, window_end, no_sundays, no_holidays,
                        state_holidays, citation, verified) VALUES
 ('UT', 'TELEMARKETING', '1996-04-29', '08:00', '21:00', true, true, true,
  'Utah Code 13-25a-103(3): no telephone solicitation without prior express consent between 9 p.m. and 8 a.m. local time, on a Sunday or on a legal holiday (legal holidays: Utah Code 63G-1-301). Effective date: the chapter''s enactment (1996 ch. 26), not confirmed',
  true),
 ('LA', 'TELEMARKETING', '2004-07-12', '08:00', '20:00', true, true, true,
  'La. R.S. 45:844.14 and Louisiana PSC General Order (Telephone Solicitation Relief Act of 2001): 8 a.m.-8 p.m., no calls on Sunday or on the legal holidays the PSC lists (unverified: the PSC order text and its hours were not read)',
  false),
 ('WA', 'TELEMARKETING', '2022-06-09', '08:00', '20:00', false, false, false,
  'RCW 19.158.040(2): no commercial telephone solicitation received before 8:00 a.m. or after 8:00 p.m. at the call recipient''s local time; RCW 80.36.390 as amended by 2022 c 148 (HB 1497). Effective date of HB 1497 not confirmed',
  false),
 ('CT', 'TELEMARKETING', '2023-10-01', '09:00', '20:00', false, false, false,
  'Conn. Gen. Stat. 42-288a, as amended by Public Act 23-98 (SB 3): telephonic sales calls only 9 a.m.-8 p.m. (unverified: secondary sources disagree between 8 p.m. and 9 p.m.; the stricter is kept)',
  false),
 ('MA', 'TELEMARKETING', '2003-01-01', '08:00', '20:00', false, false, false,
  'M.G.L. c. 159C, 3 and 201 CMR 12.02: unsolicited telephonic sales calls only 8 a.m.-8 p.m. (unverified: the regulation text was not read)',
  false),
 ('AL', 'TELEMARKETING', '2002-01-01', '08:00', '20:00', true, true, true,
  'Ala. Admin. Code r. 770-X-6 (Alabama PSC telephone solicitation rules): 8 a.m.-8 p.m., no calls on Sunday or legal holidays (Ala. Code 1-3-8); the PSC rules bind providers under its jurisdiction (unverified: rule text and scope not read)',
  false);

INSERT INTO state_holiday (state, name, rule, shifts, since_year, citation, verified) VALUES
 ('UT', 'Pioneer Day', 'FIXED 07-24', true, 1900, 'Utah Code 63G-1-301(1)(b) (unverified: text not read)', false),
 ('RI', 'Victory Day', 'NTH 2 MON 08', false, 1948, 'R.I. Gen. Laws 25-1-1 (unverified: text not read)', false),
 ('LA', 'Mardi Gras', 'EASTER -47', false, 1900, 'La. R.S. 1:55; listed by the Louisiana PSC as a no-call day (unverified)', false),
 ('LA', 'Good Friday', 'EASTER -2', false, 1900, 'La. R.S. 1:55; listed by the Louisiana PSC as a no-call day (unverified)', false),
 ('AL', 'Confederate Memorial Day', 'NTH 4 MON 04', false, 1900, 'Ala. Code 1-3-8(a) (unverified: text not read)', false),
 ('AL', 'Jefferson Davis'' Birthday', 'NTH 1 MON 06', false, 1900, 'Ala. Code 1-3-8(a) (unverified: text not read)', false);

-- Caps count per person (the configured custom parameter, accountId by default) as well as per
-- number: find the person's calls without a scan of the ledger.
CREATE INDEX call_ledger_account_idx ON call_ledger ((custom_parameters ->> 'accountId'), dial_started_at);
