-- DialPacer.admit's check-and-record in one statement. It ran as five (lock the key's row, drop
-- old sends, count the sends that may share a second, record this one, commit), each a round trip
-- while the key's row stayed locked: every dial of a campaign queued behind that lock, so a
-- campaign could not send more dials a second than 1 / (5 round trips), ~50/s on a loaded
-- 2-core machine. The same steps inside the server hold the lock for well under a millisecond.
--
-- Returns one row: sharing = -1 when the key has no dial_pacer row (the caller refuses it);
-- send_id NULL and wait_micros when the second is full; else the new send.
CREATE FUNCTION dial_admit(p_key TEXT, p_limit INT, p_unanswered_micros BIGINT)
RETURNS TABLE (out_send_id BIGINT, out_admitted_at TIMESTAMPTZ, out_wait_micros BIGINT,
               out_sharing BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    v_sharing BIGINT;
    v_wait    BIGINT;
BEGIN
    PERFORM 1 FROM dial_pacer WHERE pacer_key = p_key FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT NULL::BIGINT, NULL::TIMESTAMPTZ, 0::BIGINT, -1::BIGINT;
        RETURN;
    END IF;
    DELETE FROM dial_send
     WHERE pacer_key = p_key
       AND COALESCE(answered_at, admitted_at + p_unanswered_micros * interval '1 microsecond')
           < clock_timestamp() - interval '10 seconds';
    -- The dials that may share a second with one sent now; for those answered, how long until
    -- the oldest of the ones that must drop out has been answered a second ago.
    WITH sharing AS (
      SELECT answered_at
        FROM dial_send
       WHERE pacer_key = p_key
         AND (answered_at > clock_timestamp() - interval '1 second'
              OR (answered_at IS NULL
                  AND admitted_at > clock_timestamp()
                                    - p_unanswered_micros * interval '1 microsecond')))
    SELECT count(*),
           GREATEST(1000, ceil(extract(epoch FROM
             (SELECT s.answered_at FROM sharing s WHERE s.answered_at IS NOT NULL
               ORDER BY s.answered_at
              OFFSET GREATEST(0, (SELECT count(*) FROM sharing) - p_limit) LIMIT 1)
             + interval '1 second' - clock_timestamp()) * 1000000))::BIGINT
      INTO v_sharing, v_wait
      FROM sharing;
    IF v_sharing >= p_limit THEN
        RETURN QUERY SELECT NULL::BIGINT, NULL::TIMESTAMPTZ, v_wait, v_sharing;
        RETURN;
    END IF;
    RETURN QUERY
        INSERT INTO dial_send AS d (pacer_key, admitted_at) VALUES (p_key, clock_timestamp())
        RETURNING d.send_id, d.admitted_at, 0::BIGINT, v_sharing;
END
$$;
