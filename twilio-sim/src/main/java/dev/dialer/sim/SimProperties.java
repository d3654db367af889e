package dev.dialer.sim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the sim can be told, under {@code sim.*}.
 *
 * @param accountSid the only account the REST API serves
 * @param authToken Basic-auth password for REST calls and the HMAC key for signing webhooks
 * @param dialDelay time from queued to initiated and from initiated to ringing
 * @param ringDuration how long a phone rings before it is answered
 * @param talkDuration how long an answered callee (person or machine) stays on the line
 * @param machineDetectionDelay time from answer to the AMD verdict (MachineDetectionDuration)
 * @param mailboxDuration how long an answering machine records after its beep (DetectMessageEnd's
 *     machine_end_beep) before it hangs up, unless the call is hung up or its TwiML ends first
 * @param noAnswerRingsUntilTimeout an unanswered call rings for the request's Timeout (as on
 *     Twilio) rather than for ringDuration
 * @param schedulerThreads threads that drive call lifecycles (they never block on I/O)
 * @param webhooks how callbacks and TwiML fetches are sent
 */
@Validated
@ConfigurationProperties(prefix = "sim")
public record SimProperties(
    @DefaultValue("AC00000000000000000000000000000000") @Pattern(regexp = "^AC[0-9a-fA-F]{32}$")
        String accountSid,
    @DefaultValue("twilio-sim-auth-token") @NotBlank String authToken,
    @DefaultValue("PT0.5S") @NotNull Duration dialDelay,
    @DefaultValue("PT4S") @NotNull Duration ringDuration,
    @DefaultValue("PT20S") @NotNull Duration talkDuration,
    @DefaultValue("PT2S") @NotNull Duration machineDetectionDelay,
    @DefaultValue("PT30S") @NotNull Duration mailboxDuration,
    @DefaultValue("true") boolean noAnswerRingsUntilTimeout,
    @DefaultValue("2") @Min(1) int schedulerThreads,
    @DefaultValue @Valid @NotNull Webhooks webhooks) {

  /**
   * @param connectTimeout TCP connect timeout towards the receiver
   * @param timeout whole-request timeout; Twilio gives up on a webhook after 15 s
   */
  public record Webhooks(
      @DefaultValue("PT2S") @NotNull Duration connectTimeout,
      @DefaultValue("PT15S") @NotNull Duration timeout) {}
}
