package dev.dialer.workflows.call;

/** Why a user ended the call; kept in history as the audit trail of who hung up. */
public record EndCallRequest(String reason) {}
