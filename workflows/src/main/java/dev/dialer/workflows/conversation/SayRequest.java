package dev.dialer.workflows.conversation;

/**
 * Text for the agent to speak on a live conversation, kept in its memory.
 *
 * @param callId the call whose socket should speak
 * @param text what to say
 */
public record SayRequest(String callId, String text) {}
