package dev.dialer.workflows.conversation;

/**
 * A supervisor's answer for the agent of a live conversation: given to it as context, then spoken.
 *
 * @param callId the call whose socket should hear it
 * @param question what the agent had asked
 * @param response the supervisor's answer
 */
public record ClarificationAnswer(String callId, String question, String response) {}
