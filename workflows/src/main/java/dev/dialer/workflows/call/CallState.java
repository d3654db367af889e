package dev.dialer.workflows.call;

/** What the workflow knows right now, for queries from ops tools. */
public record CallState(
    String callId,
    String callSid,
    String status,
    long lastSequenceNumber,
    String answeredBy,
    Disposition disposition) {}
