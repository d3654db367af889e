package dev.dialer.api.campaign;

import dev.dialer.workflows.call.VoiceOptions;
import java.util.Map;

/**
 * A single call that asked for retries, its numbers and parameters already checked.
 *
 * @param purpose a campaign purpose's name; CUSTOM when null
 * @param voice the call's transfer number and voicemail message, already checked
 * @param record the call is recorded
 */
public record SingleCall(
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage,
    String purpose,
    RetryBody retry,
    VoiceOptions voice,
    boolean record) {}
