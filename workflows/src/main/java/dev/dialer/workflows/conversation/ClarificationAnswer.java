package dev.dialer.workflows.conversation;

/**
 * The end of the agent's wait for a supervisor: the answer, given to it as context and spoken, or
 * the fallback line when no one answered in time. Either way the agent stops holding the line.
 *
 * @param callId the call whose socket should hear it
 * @param question what the agent had asked
 * @param response the supervisor's answer, or the fallback line
 * @param answered false when {@code response} is the fallback: no one answered in time
 */
public record ClarificationAnswer(
    String callId, String question, String response, boolean answered) {}
