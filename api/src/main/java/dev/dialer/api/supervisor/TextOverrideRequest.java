package dev.dialer.api.supervisor;

/** {@code POST /api/calls/{id}/override/text}: what the agent should say. */
public record TextOverrideRequest(String text) {}
