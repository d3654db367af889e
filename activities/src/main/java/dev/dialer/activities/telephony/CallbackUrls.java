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
