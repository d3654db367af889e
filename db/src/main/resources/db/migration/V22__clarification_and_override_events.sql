-- The supervisor events of the live stream (issue 13), published like V13's from the rows the
-- call's workflow (clarification) and the api (supervisor_action) already write, so that every
-- api instance delivers them whichever process wrote the row.

-- A question the agent asks a supervisor ("clarification_requested"), and how it was settled
-- ("clarification_answered": answered with the supervisor's response, or timed out).
CREATE FUNCTION dialer_clarification_event() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
        RETURN NULL;
    END IF;
    PERFORM dialer_publish_event(jsonb_strip_nulls(jsonb_build_object(
        'type', CASE WHEN NEW.status = 'PENDING' THEN 'clarification_requested'
                     ELSE 'clarification_answered' END,
        'callId', NEW.call_id,
        'callSid', (SELECT call_sid FROM call_ledger WHERE call_id = NEW.call_id),
        'campaignId', NEW.campaign_id,
        'contactId', NEW.contact_id,
        'number', NEW.number,
        'question', NEW.question,
        'status', lower(NEW.status),
        'answer', NEW.response,
        'answeredBy', NEW.answered_by,
        'waitingSince', to_char(NEW.asked_at AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))));
    RETURN NULL;
END;
$$;

CREATE TRIGGER clarification_published AFTER INSERT OR UPDATE OF status ON clarification
    FOR EACH ROW EXECUTE FUNCTION dialer_clarification_event();

-- A supervisor's accepted action on a live call, once audited.
CREATE FUNCTION dialer_override_event() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dialer_publish_event(jsonb_strip_nulls(jsonb_build_object(
        'type', 'supervisor_override',
        'callId', NEW.call_id,
        'callSid', (SELECT call_sid FROM call_ledger WHERE call_id = NEW.call_id),
        'campaignId', (SELECT campaign_id FROM call_ledger WHERE call_id = NEW.call_id),
        'action', NEW.action,
        'value', NEW.value,
        'status', NEW.status,
        'message', NEW.message,
        'keyId', NEW.key_id,
        'timestamp', to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))));
    RETURN NULL;
END;
$$;

CREATE TRIGGER supervisor_action_published AFTER INSERT ON supervisor_action
    FOR EACH ROW EXECUTE FUNCTION dialer_override_event();
