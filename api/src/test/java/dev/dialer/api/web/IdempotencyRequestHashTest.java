package dev.dialer.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reused Idempotency-Key is the same request only when the whole request is the same. */
class IdempotencyRequestHashTest extends ApiTestSupport {

  @Test
  void givenAKeyUsedForACall_whenACallToTheSameNumberWithOtherParametersReusesIt_itShouldBe409() {
    String key = "hash-call-" + UUID.randomUUID();
    Map<String, String> headers = Map.of("Idempotency-Key", key);
    Map<String, Object> first =
        Map.of("to", "+12025550183", "customParameters", Map.of("invoice", "INV-1"));
    Map<String, Object> other =
        Map.of("to", "+12025550183", "customParameters", Map.of("invoice", "INV-2"));

    Reply created = api.post("/api/calls", first, headers);
    Reply again = api.post("/api/calls", first, headers);
    Reply reused = api.post("/api/calls", other, headers);

    assertThat(created.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(202);
    assertThat(again.body().get("callId").asText()).isEqualTo(key);
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.body().at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(reused.body().at("/error/field").asText()).isEqualTo("Idempotency-Key");
  }

  @Test
  void givenAKeyUsedForACampaign_whenTheSameNameWithOtherPacingReusesIt_itShouldBe409() {
    String key = "hash-campaign-" + UUID.randomUUID();
    Map<String, String> headers = Map.of("Idempotency-Key", key);

    Reply created = api.post("/api/campaigns", campaign(5, false), headers);
    Reply reordered = api.post("/api/campaigns", campaign(5, true), headers);
    Reply reused = api.post("/api/campaigns", campaign(9, false), headers);

    assertThat(created.status()).isEqualTo(201);
    assertThat(reordered.status()).as("the same request, keys in another order").isEqualTo(201);
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.body().at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  private static Map<String, Object> campaign(int callsPerSecond, boolean reversed) {
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> pacing = Map.of("callsPerSecond", callsPerSecond, "maxConcurrentCalls", 10);
    if (reversed) {
      body.put("pacing", pacing);
      body.put("purpose", "APPOINTMENT_CONFIRMATION");
      body.put("name", "Hash check");
    } else {
      body.put("name", "Hash check");
      body.put("purpose", "APPOINTMENT_CONFIRMATION");
      body.put("pacing", pacing);
    }
    return body;
  }
}
