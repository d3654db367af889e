package dev.dialer.workflows.call;

/**
 * Leave {@code message} on the answering machine of the live call {@code callSid}: its TwiML is
 * replaced by {@code <Say>message</Say><Hangup/>}, and the message is stored on the call.
 */
public record VoicemailDrop(String callId, String callSid, String message) {}
