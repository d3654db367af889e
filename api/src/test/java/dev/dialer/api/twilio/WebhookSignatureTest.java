package dev.dialer.api.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.DialerProperties;
import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Only webhooks Twilio signed reach the inbox; everything else is refused with 403. */
class WebhookSignatureTest extends ApiTestSupport {

  private static final String TOKEN = DialerProperties.TwilioSettings.SIM_AUTH_TOKEN;

  @Autowired JdbcClient jdbc;

  private final Map<String, String> params =
      new TreeMap<>(
          Map.of(
              "CallSid", "CA0123456789abcdef0123456789abcdef",
              "AccountSid", DialerProperties.TwilioSettings.SIM_ACCOUNT_SID,
              "CallStatus", "ringing",
              "SequenceNumber", "1",
              "To", "+12025550160",
              "From", "+14155550100"));

  @Test
  void aCorrectlySignedCallbackIsStored() {
    String url = statusUrl("sig-valid");
    int before = stored("sig-valid");

    assertThat(post(url, params, sign(url, params))).isEqualTo(204);
    assertThat(stored("sig-valid")).isEqualTo(before + 1);
  }

  @Test
  void aTamperedParameterIsRefused() {
    String url = statusUrl("sig-tampered");
    String signature = sign(url, params);
    Map<String, String> tampered = new TreeMap<>(params);
    tampered.put("CallStatus", "completed");

    assertThat(post(url, tampered, signature)).isEqualTo(403);
    assertThat(stored("sig-tampered")).isZero();
  }

  @Test
  void aSignatureForAnotherUrlIsRefused() {
    String url = statusUrl("sig-other-url");
    String signature = sign(url.replace("sig-other-url", "someone-else"), params);

    assertThat(post(url, params, signature)).isEqualTo(403);
    assertThat(stored("sig-other-url")).isZero();
  }

  @Test
  void aMissingSignatureIsRefused() {
    String url = statusUrl("sig-missing");

    assertThat(post(url, params, null)).isEqualTo(403);
    assertThat(stored("sig-missing")).isZero();
  }

  @Test
  void theVoiceWebhookAlsoChecksTheSignature() {
    String url = api.baseUrl() + "/twilio/voice?callId=sig-voice";

    assertThat(post(url, params, sign(url + "x", params))).isEqualTo(403);
    assertThat(post(url, params, sign(url, params))).isEqualTo(200);
  }

  static String statusUrl(String callId) {
    return api.baseUrl() + "/twilio/status?callId=" + callId;
  }

  private int stored(String callId) {
    return jdbc.sql("SELECT count(*) FROM webhook_inbox WHERE call_id = :id")
        .param("id", callId)
        .query(Integer.class)
        .single();
  }

  static int post(String url, Map<String, String> form, String signature) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return api.send(request.build()).status();
  }

  /** Twilio's algorithm: HMAC-SHA1 over the URL followed by each name+value, sorted by name. */
  static String sign(String url, Map<String, String> form) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
