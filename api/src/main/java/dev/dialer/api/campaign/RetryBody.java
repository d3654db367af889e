package dev.dialer.api.campaign;

import java.util.Map;

/**
 * {@code retry}, for campaigns and for a single call that asks for retries.
 *
 * @param maxAttempts dials per contact, the first included; 1 when absent
 * @param delays by disposition, ISO-8601 durations such as {@code {"NO_ANSWER":"PT2H"}}; given in a
 *     PATCH, they replace the current delays as a whole
 */
public record RetryBody(Integer maxAttempts, Map<String, String> delays) {}
