package dev.dialer.activities.telephony;

import dev.dialer.activities.DialerProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The webhook URLs Twilio is given for a call. Each carries the callId, so a callback finds its
 * workflow even before the dial activity has stored the CallSid; Twilio signs the whole URL, query
 * included.
 */
@Component
public class CallbackUrls {

  public static final String STATUS_PATH = "/twilio/status";
  public static final String VOICE_PATH = "/twilio/voice";
  public static final String AMD_PATH = "/twilio/amd";
  public static final String RECORDING_PATH = "/twilio/recording";
  public static final String CALL_ID_PARAM = "callId";

  /** On the voice URL of a call whose greeting waits for the AMD verdict. */
  public static final String AWAIT_AMD_PARAM = "awaitAmd";

  /** On the voice webhook's own Redirect while it waits: how many pauses the call has had. */
  public static final String AMD_WAIT_PARAM = "amdWait";

  private final String base;

  public CallbackUrls(DialerProperties properties) {
    String url = properties.publicBaseUrl().toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String status(String callId) {
    return withCallId(STATUS_PATH, callId);
  }

  public String voice(String callId) {
    return withCallId(VOICE_PATH, callId);
  }

  /**
   * The voice URL of a call; {@code awaitAmd} (a call with a voicemail message) tells the voice
   * webhook to hold the call in silence until the AMD verdict. The flag rides on the signed URL:
   * only Twilio can send it.
   */
  public String voice(String callId, boolean awaitAmd) {
    return awaitAmd ? voice(callId) + "&" + AWAIT_AMD_PARAM + "=true" : voice(callId);
  }

  public String amd(String callId) {
    return withCallId(AMD_PATH, callId);
  }

  public String recording(String callId) {
    return withCallId(RECORDING_PATH, callId);
  }

  /** The URL Twilio used for a request to {@code path} with {@code query}, as it signed it. */
  public String signedUrl(String path, String rawQuery) {
    return base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }

  private String withCallId(String path, String callId) {
    return base
        + path
        + "?"
        + CALL_ID_PARAM
        + "="
        + URLEncoder.encode(callId, StandardCharsets.UTF_8);
  }
}
