package dev.dialer.workflows.conversation;

/**
 * Ends a live conversation with an {@code end} message.
 *
 * @param callId the call whose socket should end
 * @param handoffData passed on to the {@code <Connect action>} request; a JSON string or null
 */
public record EndSessionRequest(String callId, String handoffData) {}
