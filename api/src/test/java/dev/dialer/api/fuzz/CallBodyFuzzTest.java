package dev.dialer.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/calls} with generated bodies and phone numbers: nothing answers 5xx, a refusal
 * stores no campaign, and every accepted call ends with a disposition (a one-contact campaign still
 * answers a cancel).
 */
class CallBodyFuzzTest extends FuzzSupport {

  private static final int TRIES = 150;
  private final ApiClient client = client(1);

  @Test
  void givenGeneratedCallBodies_whenPosted_itShouldRefuseWith4xxOrEndEveryAcceptedCall() {
    List<String> calls = new ArrayList<>();
    List<String> campaigns = new ArrayList<>();
    forAll(
        body(),
        TRIES,
        body -> {
          long campaignRows = count("SELECT count(*) FROM campaign");

          Reply reply = client.post("/api/calls", body);

          assertNoServerError(reply, body);
          if (reply.status() == 202) {
            if (reply.body().hasNonNull("campaignId")) {
              campaigns.add(reply.body().get("campaignId").asText());
            } else {
              calls.add(reply.body().get("callId").asText());
            }
          } else {
            assertThat(reply.body().at("/error/message").asText())
                .as("%s", reply.body())
                .isNotBlank();
            assertThat(count("SELECT count(*) FROM campaign")).isEqualTo(campaignRows);
          }
        });
    assertThat(calls).as("some generated calls are placed").isNotEmpty();
    assertThat(campaigns).as("some generated calls ask for retries").isNotEmpty();
    calls.forEach(
        callId ->
            assertThat(client.awaitDisposition(callId).get("disposition").asText()).isNotBlank());
    campaigns.forEach(id -> cancelAndAwaitFinal(client, id));
  }

  @Test
  void givenGeneratedPhoneNumbers_whenChecked_itShouldAnswerADecisionOrA4xxNamingThePhone() {
    forAll(
        OddPhones.any(),
        300,
        phone -> {
          Reply reply =
              client.send(
                  client
                      .request(
                          "/api/compliance/check?phone="
                              + java.net.URLEncoder.encode(
                                  phone, java.nio.charset.StandardCharsets.UTF_8))
                      .GET()
                      .build());

          assertNoServerError(reply, phone);
          if (reply.status() != 200) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.raw().body()).contains("phone");
          }
        });
  }

  private static Arbitrary<Object> body() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, call(false).map(Object.class::cast)),
        Tuple.of(4, call(false).map(CallBodyFuzzTest::withoutRetry).map(Object.class::cast)),
        Tuple.of(8, call(true).map(Object.class::cast)),
        Tuple.of(1, OddJson.any().map(Object.class::cast)),
        Tuple.of(1, call(true).map(OddJson::broken).map(Object.class::cast)));
  }

  /** A plain call: one dial, no campaign. */
  private static JsonNode withoutRetry(JsonNode body) {
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove(List.of("retry", "purpose"));
    return body;
  }

  private static Arbitrary<JsonNode> call(boolean odd) {
    return OddJson.objectOf(
        odd,
        Map.of(
            "to", OddJson.text(odd ? OddPhones.any() : OddPhones.canonical()),
            "from", OddJson.text(odd ? OddPhones.any() : Arbitraries.just("+14155550100")),
            "customParameters",
                (odd
                        ? Arbitraries.maps(OddJson.oddText(), OddJson.scalar())
                        : Arbitraries.maps(
                            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                            OddJson.text(Arbitraries.strings().alpha().ofMaxLength(8))))
                    .ofMaxSize(3)
                    .map(map -> (JsonNode) OddJson.object(map)),
            "prompt", OddJson.text(Arbitraries.strings().ofMaxLength(40)),
            "firstMessage", OddJson.text(Arbitraries.strings().ofMaxLength(20)),
            "retry",
                OddJson.objectOf(
                    odd,
                    Map.of(
                        "maxAttempts",
                            OddJson.integer(Arbitraries.integers().between(odd ? -1 : 1, 4)),
                        "delays",
                            Arbitraries.maps(
                                    odd
                                        ? Arbitraries.of("NO_ANSWER", "BUSY", "nope")
                                        : Arbitraries.of("NO_ANSWER", "BUSY"),
                                    (odd
                                            ? Arbitraries.of("PT1M", "PT-1M", "soon")
                                            : Arbitraries.just("PT1M"))
                                        .map(JsonNodeFactory.instance::textNode))
                                .ofMaxSize(2)
                                .map(map -> (JsonNode) OddJson.object(map)))),
            "purpose", OddJson.text(Arbitraries.of("CUSTOM", "PAYMENT_REMINDER", "FOLLOW_UP"))));
  }
}
