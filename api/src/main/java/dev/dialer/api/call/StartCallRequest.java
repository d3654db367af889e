package dev.dialer.api.call;

import java.util.Map;

/** {@code POST /api/calls}. Only {@code to} is required. */
public record StartCallRequest(
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage) {}
