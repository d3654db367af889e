package dev.dialer.workflows.call;

public record FetchCallRequest(String callSid) {}
