-- The live event stream (issue 13): every event is a NOTIFY on the channel dialer_events, so
-- that each api instance LISTENing delivers it to its own browsers, whichever process wrote it.
-- Events never go through workflow history and are not stored: a browser that was not connected
-- reads the call's stored state over REST instead.

-- Publishes one event {type, callId, callSid, ..., timestamp}. Any process may call it
-- (SELECT dialer_publish_event('{"type":"transcript",...}'::jsonb)); it adds a timestamp when
-- the event has none and shortens a long "text" so that the payload stays under NOTIFY's
-- 8000-byte limit.
CREATE FUNCTION dialer_publish_event(event JSONB) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    payload JSONB := event;
BEGIN
    IF NOT payload ? 'timestamp' THEN
        payload := payload || jsonb_build_object('timestamp',
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
    END IF;
    IF octet_length(payload::text) > 7900 AND payload ? 'text' THEN
        payload := payload || jsonb_build_object('text', left(payload->>'text', 1000),
            'truncated', true);
    END IF;
    IF octet_length(payload::text) > 7900 THEN
        RAISE EXCEPTION 'dialer event of type % is over 7900 bytes', payload->>'type';
    END IF;
    PERFORM pg_notify('dialer_events', payload::text);
END;
$$;

-- A status the carrier reported, once it is recorded (from the webhook relay, the reconciler or
-- the dial itself), in the order it was recorded.
CREATE FUNCTION dialer_status_event() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dialer_publish_event(jsonb_strip_nulls(jsonb_build_object(
        'type', 'status',
        'callId', NEW.call_id,
        'callSid', NEW.call_sid,
        'campaignId', (SELECT campaign_id FROM call_ledger WHERE call_id = NEW.call_id),
        'status', NEW.status,
        'sequenceNumber', NEW.sequence_number,
        'source', NEW.source,
        'answeredBy', NEW.answered_by,
        'durationSeconds', NEW.duration_seconds,
        'timestamp', to_char(NEW.occurred_at AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))));
    RETURN NULL;
END;
$$;

CREATE TRIGGER call_status_event_published AFTER INSERT ON call_status_event
    FOR EACH ROW EXECUTE FUNCTION dialer_status_event();

-- A call's end: its disposition, once the ledger records it.
CREATE FUNCTION dialer_outcome_event() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dialer_publish_event(jsonb_strip_nulls(jsonb_build_object(
        'type', 'outcome',
        'callId', NEW.call_id,
        'callSid', NEW.call_sid,
        'campaignId', NEW.campaign_id,
        'status', NEW.status,
        'disposition', NEW.disposition,
        'durationSeconds', NEW.duration_seconds,
        'complianceReason', NEW.compliance_reason)));
    RETURN NULL;
END;
$$;

CREATE TRIGGER call_ledger_outcome_published AFTER UPDATE OF disposition ON call_ledger
    FOR EACH ROW WHEN (OLD.disposition IS NULL AND NEW.disposition IS NOT NULL)
    EXECUTE FUNCTION dialer_outcome_event();

-- A call compliance refused is written with its disposition at once.
CREATE TRIGGER call_ledger_refusal_published AFTER INSERT ON call_ledger
    FOR EACH ROW WHEN (NEW.disposition IS NOT NULL)
    EXECUTE FUNCTION dialer_outcome_event();

-- A turn of the conversation, once the media worker stores it (V10): the callee's words as
-- "transcript", the agent's as "assistant_reply".
CREATE FUNCTION dialer_transcript_event() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dialer_publish_event(jsonb_strip_nulls(jsonb_build_object(
        'type', CASE WHEN NEW.speaker = 'agent' THEN 'assistant_reply' ELSE 'transcript' END,
        'callId', NEW.call_id,
        'callSid', NEW.call_sid,
        'campaignId', (SELECT campaign_id FROM call_ledger WHERE call_id = NEW.call_id),
        'seq', NEW.seq,
        'speaker', NEW.speaker,
        'text', NEW.text,
        'digits', NEW.digits,
        'interrupted', NEW.interrupted,
        'timestamp', to_char(NEW.started_at AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))));
    RETURN NULL;
END;
$$;

CREATE TRIGGER transcript_turn_published AFTER INSERT ON transcript_turn
    FOR EACH ROW EXECUTE FUNCTION dialer_transcript_event();
