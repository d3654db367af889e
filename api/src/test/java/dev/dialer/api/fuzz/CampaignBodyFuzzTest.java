package dev.dialer.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiClient.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/campaigns} with generated bodies: a 201 stores one campaign with at most the
 * contacts given, a refusal stores nothing, nothing answers 5xx, and a started campaign's workflow
 * still answers a cancel.
 */
class CampaignBodyFuzzTest extends FuzzSupport {

  private static final int TRIES = 200;
  private final ApiClient client = client(0);

  @Test
  void givenGeneratedCampaignBodies_whenCreated_itShouldStoreAllOrNothingAndNeverFail5xx() {
    List<String> started = new ArrayList<>();
    forAll(
        body(),
        TRIES,
        body -> {
          long campaigns = count("SELECT count(*) FROM campaign");
          long contacts = count("SELECT count(*) FROM campaign_contact");

          Reply reply = client.post("/api/campaigns", body);

          assertNoServerError(reply, body);
          System.out.println(
              "FUZZDBG "
                  + reply.status()
                  + " "
                  + (reply.status() == 201
                      ? reply.body()
                      : reply.body().at("/error/message").asText()));
          if (reply.status() == 201) {
            String id = reply.body().get("id").asText();
            assertThat(count("SELECT count(*) FROM campaign")).isEqualTo(campaigns + 1);
            long given = body instanceof JsonNode json ? json.path("contacts").size() : 0;
            assertThat(contactsOf(id)).isLessThanOrEqualTo(given);
            assertThat(count("SELECT count(*) FROM campaign_contact"))
                .isEqualTo(contacts + contactsOf(id));
            assertThat(client.get("/api/campaigns/" + id).status()).isEqualTo(200);
            if (!"DRAFT".equals(reply.body().path("status").asText())) {
              started.add(id);
            }
          } else {
            assertThat(reply.body().at("/error/message").asText())
                .as("%s", reply.body())
                .isNotBlank();
            assertThat(count("SELECT count(*) FROM campaign")).isEqualTo(campaigns);
            assertThat(count("SELECT count(*) FROM campaign_contact")).isEqualTo(contacts);
          }
        });
    assertThat(started).as("some generated campaigns start").isNotEmpty();
    started.forEach(id -> cancelAndAwaitFinal(client, id));
  }

  /** Mostly objects of the request's fields; sometimes another JSON value or broken text. */
  private static Arbitrary<Object> body() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, campaign(false).map(Object.class::cast)),
        Tuple.of(8, campaign(true).map(Object.class::cast)),
        Tuple.of(1, OddJson.any().map(Object.class::cast)),
        Tuple.of(1, campaign(true).map(OddJson::broken).map(Object.class::cast)));
  }

  private static Arbitrary<JsonNode> hoursAhead(Instant now, int from, int to) {
    return OddJson.text(
        Arbitraries.integers()
            .between(from, to)
            .map(hours -> now.plus(Duration.ofHours(hours)).toString()));
  }

  /** Whole and half hours between two hours of the day. */
  private static Arbitrary<JsonNode> clock(int from, int to) {
    return OddJson.text(
        Arbitraries.integers()
            .between(from * 2, to * 2 + 1)
            .map(half -> "%02d:%s".formatted(half / 2, half % 2 == 0 ? "00" : "30")));
  }

  private static Arbitrary<JsonNode> campaign(boolean odd) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Arbitrary<JsonNode> startAt = hoursAhead(now, -2, 48);
    Arbitrary<JsonNode> endAt = hoursAhead(now, 72, 24 * 30);
    Arbitrary<JsonNode> opens = clock(6, 12);
    Arbitrary<JsonNode> closes = clock(13, 23);
    Arbitrary<JsonNode> days =
        Arbitraries.of("MON", "tue", "WEDNESDAY", "Sat", "SUN", "FRI")
            .list()
            .ofMinSize(odd ? 0 : 1)
            .ofMaxSize(4)
            .map(
                list ->
                    OddJson.array(list.stream().map(JsonNodeFactory.instance::textNode).toList()));
    Arbitrary<JsonNode> dates =
        Arbitraries.integers()
            .between(-5, 60)
            .map(d -> now.plus(Duration.ofDays(d)).toString().substring(0, 10))
            .list()
            .ofMaxSize(3)
            .map(
                list ->
                    OddJson.array(list.stream().map(JsonNodeFactory.instance::textNode).toList()));
    Arbitrary<JsonNode> purpose =
        OddJson.text(
            Arbitraries.of("APPOINTMENT_CONFIRMATION", "PAYMENT_REMINDER", "FOLLOW_UP", "CUSTOM"));
    Arbitrary<JsonNode> rules =
        OddJson.text(Arbitraries.of("TELEMARKETING", "DEBT_COLLECTION", "INFORMATIONAL"));
    Arbitrary<JsonNode> delays =
        Arbitraries.maps(
                Arbitraries.of("NO_ANSWER", "BUSY", "FAILED", "VOICEMAIL_LEFT"),
                (odd
                        ? Arbitraries.of("PT1M", "P1D", "PT0S", "P31D")
                        : Arbitraries.of("PT1M", "P1D"))
                    .map(JsonNodeFactory.instance::textNode))
            .ofMaxSize(3)
            .map(map -> (JsonNode) OddJson.object(map));
    Arbitrary<JsonNode> contact =
        OddJson.objectOf(
            odd,
            Map.of(
                "phone", OddJson.text(odd ? OddPhones.any() : OddPhones.canonical()),
                "name", OddJson.text(Arbitraries.strings().alpha().ofMaxLength(12)),
                "timezone",
                    OddJson.text(
                        odd
                            ? Arbitraries.of("America/New_York", "Mars/Olympus")
                            : Arbitraries.just("America/New_York")),
                "zip",
                    OddJson.text(
                        odd
                            ? Arbitraries.of("10001", "10001-1234", "ABCDE")
                            : Arbitraries.just("10001")),
                "state",
                    OddJson.text(odd ? Arbitraries.of("NY", "ny", "XX") : Arbitraries.just("NY"))));
    return OddJson.objectOf(
        odd,
        Map.of(
            "name", OddJson.text(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)),
            "purpose", purpose,
            "callerId", OddJson.text(Arbitraries.just("+14155550100")),
            "agent",
                OddJson.objectOf(
                    odd,
                    Map.of(
                        "prompt", OddJson.text(Arbitraries.strings().ofMaxLength(40)),
                        "firstMessage", OddJson.text(Arbitraries.strings().ofMaxLength(20)),
                        "voicemailMessage", OddJson.text(Arbitraries.strings().ofMaxLength(20)))),
            "schedule",
                OddJson.objectOf(
                    odd,
                    Map.of(
                        "startAt", startAt,
                        "endAt", endAt,
                        "callingHours",
                            OddJson.objectOf(
                                odd,
                                Map.of(
                                    "start", opens,
                                    "end", closes,
                                    "days", days,
                                    "excludeDates", dates,
                                    "excludeHolidays",
                                        Arbitraries.of(true, false)
                                            .map(JsonNodeFactory.instance::booleanNode))))),
            "pacing",
                OddJson.objectOf(
                    odd,
                    Map.of(
                        "callsPerSecond", OddJson.number(Arbitraries.of(0.5, 1, 5, 50, 100)),
                        "maxConcurrentCalls", OddJson.integer(Arbitraries.of(1, 3, 10, 10_000)))),
            "retry",
                OddJson.objectOf(
                    odd,
                    Map.of(
                        "maxAttempts",
                        OddJson.integer(Arbitraries.integers().between(1, 5)),
                        "delays",
                        delays)),
            "compliance",
                OddJson.objectOf(
                    odd,
                    Map.of(
                        "purpose",
                        rules,
                        "maxAttemptsPerDay",
                        OddJson.integer(Arbitraries.integers().between(1, 5)))),
            "contacts",
                contact
                    .list()
                    .ofMinSize(odd ? 0 : 1)
                    .ofMaxSize(4)
                    .map(list -> (JsonNode) OddJson.array(list)),
            "start", Arbitraries.of(true, false).map(JsonNodeFactory.instance::booleanNode)));
  }
}
