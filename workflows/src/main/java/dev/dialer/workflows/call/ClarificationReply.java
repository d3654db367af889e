package dev.dialer.workflows.call;

/**
 * A supervisor's answer to the call's pending clarification ({@code POST
 * /api/calls/{id}/override/clarification}).
 *
 * @param response what the agent should tell the callee
 * @param keyId the API key that answered, for the history's record of who did it
 */
public record ClarificationReply(String response, String keyId) {}
