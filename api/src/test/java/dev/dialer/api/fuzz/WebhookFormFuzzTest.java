package dev.dialer.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.DialerProperties;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Status and AMD webhooks with generated, correctly signed form bodies (odd statuses, sequence
 * numbers, unknown parameters): a signed callback is stored once however often it comes, or refused
 * with a 4xx, never answered 5xx; an unsigned copy of it is refused and not stored.
 */
class WebhookFormFuzzTest extends FuzzSupport {

  private static final String TOKEN = DialerProperties.TwilioSettings.SIM_AUTH_TOKEN;

  @Test
  void givenGeneratedSignedWebhooks_whenPosted_itShouldStoreOrRefuseThemWithoutA5xx() {
    int[] tries = {0};
    int[] stored = {0};
    forAll(
        webhook(),
        300,
        hook -> {
          // Its own call and CallSid each try: the inbox stores a callback once per CallSid.
          String callId = "fuzz-" + SEED + "-" + ++tries[0];
          Map<String, String> form = new LinkedHashMap<>(hook.form());
          form.put("CallSid", "CA" + tries[0] + "x" + hook.form().get("CallSid"));
          String url = api.baseUrl() + hook.path() + "?callId=" + callId;

          int unsigned = post(url, form, "x" + sign(url, form));
          int signed = post(url, form, sign(url, form));
          int again = post(url, form, sign(url, form));

          assertThat(unsigned).isEqualTo(403);
          assertThat(signed).isLessThan(500);
          assertThat(again).isEqualTo(signed);
          if (signed / 100 == 2) {
            stored[0]++;
            assertThat(inbox(callId)).as("stored once, its duplicate dropped").isEqualTo(1);
          } else {
            assertThat(inbox(callId)).isZero();
          }
        });
    assertThat(stored[0]).as("some generated callbacks are stored").isPositive();
  }

  record Hook(String path, Map<String, String> form) {}

  private static Arbitrary<Hook> webhook() {
    Arbitrary<String> value =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.strings().alpha().numeric().ofMaxLength(12)),
            Tuple.of(1, OddJson.oddText().map(s -> s.length() > 300 ? s.substring(0, 300) : s)));
    Arbitrary<String> status =
        Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.of(
                    "queued",
                    "initiated",
                    "ringing",
                    "in-progress",
                    "completed",
                    "busy",
                    "no-answer",
                    "failed",
                    "canceled")),
            Tuple.of(1, value));
    Arbitrary<String> sequence =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 9).map(String::valueOf)),
            Tuple.of(1, Arbitraries.of("-1", "99999999999999999999", "1.5", "", "x")));
    Arbitrary<Map<String, String>> extra =
        Arbitraries.maps(
                Arbitraries.frequencyOf(
                    Tuple.of(
                        2, Arbitraries.of("AnsweredBy", "CallDuration", "Timestamp", "callId")),
                    Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10))),
                value)
            .ofMaxSize(4);
    return Combinators.combine(
            Arbitraries.of("/twilio/status", "/twilio/amd"), status, sequence, extra, value)
        .as(
            (path, callStatus, seq, more, sid) -> {
              Map<String, String> form = new LinkedHashMap<>();
              form.put("CallSid", "CA" + sid);
              form.put("AccountSid", DialerProperties.TwilioSettings.SIM_ACCOUNT_SID);
              form.put("CallStatus", callStatus);
              form.put("SequenceNumber", seq);
              form.putAll(more);
              return new Hook(path, form);
            });
  }

  private long inbox(String callId) {
    return jdbc.sql("SELECT count(*) FROM webhook_inbox WHERE call_id = :id")
        .param("id", callId)
        .query(Long.class)
        .single();
  }

  private static int post(String url, Map<String, String> form, String signature) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Twilio-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return api.send(request).status();
  }

  /** Twilio's algorithm: HMAC-SHA1 over the URL followed by each name+value, sorted by name. */
  private static String sign(String url, Map<String, String> form) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
