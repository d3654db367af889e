package dev.dialer.api.campaign;

/** {@code pacing}; an absent part keeps its default (1 call/s, 10 at once) or current value. */
record PacingBody(Double callsPerSecond, Integer maxConcurrentCalls) {}
