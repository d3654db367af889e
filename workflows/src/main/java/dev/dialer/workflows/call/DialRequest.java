package dev.dialer.workflows.call;

import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import java.util.Map;

/**
 * @param pacing null for a call outside any campaign: it is dialed at once
 * @param recheck the compliance check to repeat right before the create (its {@code at} is replaced
 *     by that moment); null for none, as in dials scheduled before the re-check existed
 * @param detectMessageEnd dial with {@code MachineDetection=DetectMessageEnd}: the call has a
 *     voicemail message to leave after the beep
 */
public record DialRequest(
    String callId,
    String to,
    String from,
    Map<String, String> customParameters,
    DialPacing pacing,
    ComplianceCheckRequest recheck,
    boolean detectMessageEnd) {

  public DialRequest {
    customParameters = customParameters == null ? Map.of() : Map.copyOf(customParameters);
  }

  public DialRequest(
      String callId,
      String to,
      String from,
      Map<String, String> customParameters,
      DialPacing pacing,
      ComplianceCheckRequest recheck) {
    this(callId, to, from, customParameters, pacing, recheck, false);
  }

  public DialRequest(
      String callId,
      String to,
      String from,
      Map<String, String> customParameters,
      DialPacing pacing) {
    this(callId, to, from, customParameters, pacing, null);
  }

  public DialRequest(String callId, String to, String from, Map<String, String> customParameters) {
    this(callId, to, from, customParameters, null, null);
  }

  public DialRequest withRecheck(ComplianceCheckRequest check) {
    return new DialRequest(callId, to, from, customParameters, pacing, check, detectMessageEnd);
  }

  public DialRequest detectingMessageEnd() {
    return new DialRequest(callId, to, from, customParameters, pacing, recheck, true);
  }
}
