package dev.dialer.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The REST contract a client codes against: status codes, error shapes, idempotency. */
class CallApiTest extends ApiTestSupport {

  @Test
  void withoutTheApiKeyEveryApiCallIsUnauthorized() {
    var reply = new ApiClient(api.baseUrl(), "wrong-key").get("/api/calls");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body().at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void healthNeedsNoKey() {
    var reply = new ApiClient(api.baseUrl(), "none").get("/actuator/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void aNumberThatIsNotE164IsRefusedNamingTheField() {
    var reply = api.post("/api/calls", Map.of("to", "5551234567"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().at("/error/code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(reply.body().at("/error/field").asText()).isEqualTo("to");
    assertThat(reply.body().at("/error/message").asText()).contains("E.164");
  }

  @Test
  void anInvalidFromIsRefusedNamingTheField() {
    var reply = api.post("/api/calls", Map.of("to", "+12025550170", "from", "+1999"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().at("/error/field").asText()).isEqualTo("from");
  }

  @Test
  void aMissingToIsRefused() {
    var reply = api.post("/api/calls", Map.of("prompt", "hello"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().at("/error/field").asText()).isEqualTo("to");
  }

  @Test
  void aBodyOfTheWrongShapeIsRefusedNamingTheField() {
    var reply = api.post("/api/calls", "{\"to\":\"+12025550171\",\"customParameters\":[1,2]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().at("/error/field").asText()).isEqualTo("customParameters");
  }

  @Test
  void anUnknownCallIsNotFound() {
    var reply = api.get("/api/calls/does-not-exist");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().at("/error/code").asText()).isEqualTo("CALL_NOT_FOUND");
    assertThat(api.post("/api/calls/does-not-exist/end", "").status()).isEqualTo(404);
  }

  @Test
  void anAcceptedCallAnswersWithItsIdAndNormalizedNumbers() {
    var reply =
        api.post(
            "/api/calls",
            Map.of("to", "+1 202 555 0172", "customParameters", Map.of("invoice", "INV-7")));

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.body().get("to").asText()).isEqualTo("+12025550172");
    assertThat(reply.body().get("from").asText()).isEqualTo("+14155550100");
    String callId = reply.body().get("callId").asText();
    var call = api.get("/api/calls/" + callId).body();
    assertThat(call.at("/customParameters/invoice").asText()).isEqualTo("INV-7");
    assertThat(reply.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
  }

  @Test
  void retryingWithTheSameIdempotencyKeyDialsOnce() {
    String key = "idem-" + UUID.randomUUID();
    String to = "+12025550173";
    var first = api.post("/api/calls", Map.of("to", to), Map.of("Idempotency-Key", key));
    var second = api.post("/api/calls", Map.of("to", to), Map.of("Idempotency-Key", key));

    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(202);
    assertThat(second.body().get("callId").asText()).isEqualTo(key);
    api.awaitDisposition(key);
    assertThat(sim.dialsTo(to)).hasSize(1);

    var reused =
        api.post("/api/calls", Map.of("to", "+12025550174"), Map.of("Idempotency-Key", key));
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.body().at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void theListFiltersByStatusAndCountsTheTotal() {
    // Twilio ends the first as completed (an answering machine), the second as busy.
    String completedCall = api.call("+12025550175");
    String busyCall = api.call("+12025550177");
    assertThat(api.awaitDisposition(completedCall).get("status").asText()).isEqualTo("completed");
    assertThat(api.awaitDisposition(busyCall).get("status").asText()).isEqualTo("busy");

    var all = api.get("/api/calls?limit=1").body();
    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(all.get("calls")).hasSize(1);
    var completed = api.get("/api/calls?status=completed&limit=500").body();
    var busy = api.get("/api/calls?status=busy&limit=500").body();
    assertThat(completed.get("calls").findValuesAsText("callId"))
        .contains(completedCall)
        .doesNotContain(busyCall);
    assertThat(busy.get("calls").findValuesAsText("callId"))
        .contains(busyCall)
        .doesNotContain(completedCall);
    assertThat(completed.get("calls").findValuesAsText("status")).containsOnly("completed");
    assertThat(completed.get("total").asLong())
        .isLessThan(api.get("/api/calls?limit=1").body().get("total").asLong());
    assertThat(api.get("/api/calls?status=nonsense").status()).isEqualTo(400);
    assertThat(api.get("/api/calls?limit=0").body().at("/error/field").asText()).isEqualTo("limit");
  }
}
