package dev.dialer.api.supervisor;

/** {@code POST /api/calls/{id}/override/dtmf}: one key, 0-9, {@code *} or {@code #}. */
public record DtmfOverrideRequest(String digit) {}
