package dev.dialer.api.supervisor;

/** What a supervisor's action did, as seed 001 answers it, and the audit row that records it. */
public record OverrideResponse(String status, String message, long auditId) {}
