package dev.dialer.api.clarification;

/** {@code POST /api/calls/{id}/override/clarification}: the answer the agent should give. */
public record ClarificationAnswerRequest(String response) {}
