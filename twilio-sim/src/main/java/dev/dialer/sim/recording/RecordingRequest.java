package dev.dialer.sim.recording;

import java.util.Set;

/**
 * What a create with {@code Record=true} asked for.
 *
 * @param baseUrl the sim's own URL as the client reached it, for the absolute RecordingUrl
 */
record RecordingRequest(
    String callback, String method, Set<String> events, String channels, String baseUrl) {}
