package dev.dialer.api.clarification;

/** What a supervisor's action did, as seed 001 answers it. */
public record OverrideResponse(String status, String message) {}
