package dev.dialer.workflows.conversation;

/** The media worker read the outcome from the finished conversation's transcript. */
public record OutcomeExtracted(String callSid, CallOutcome outcome) {}
