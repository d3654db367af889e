package dev.dialer.api.supervisor;

/** {@code POST /api/calls/{id}/override/transfer}: the E.164 number to hand the call to. */
public record TransferOverrideRequest(String target) {}
