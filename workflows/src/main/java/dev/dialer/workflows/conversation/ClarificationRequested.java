package dev.dialer.workflows.conversation;

/**
 * The agent asked a supervisor something it cannot answer ({@code [[request_user:question]]}) and
 * keeps the callee company with a holding line until an answer or the timeout.
 *
 * @param callSid the call it was asked on
 * @param question what the agent needs to know
 */
public record ClarificationRequested(String callSid, String question) {}
