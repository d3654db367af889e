package dev.dialer.api.call;

public record CallAccepted(String callId, String status, String to, String from) {}
