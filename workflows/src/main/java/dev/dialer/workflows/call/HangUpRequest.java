package dev.dialer.workflows.call;

public record HangUpRequest(String callSid, String reason) {}
