package dev.dialer.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/campaigns/{id}/contacts} with generated CSV and JSON: a 200 stores exactly the
 * contacts it counts as accepted, a refusal (a body that breaks off among them) stores none,
 * nothing answers 5xx.
 */
class ContactUploadFuzzTest extends FuzzSupport {

  private static final List<String> COLUMNS =
      List.of("phone", "Phone", "name", "timezone", "zip", "state", "invoice", "amount due", "");
  private final ApiClient client = client(2);

  @Test
  void givenGeneratedCsvUploads_whenPosted_itShouldStoreExactlyTheAcceptedRows() {
    check(csv(), 150, "text/csv");
  }

  @Test
  void givenGeneratedJsonUploads_whenPosted_itShouldStoreExactlyTheAcceptedRows() {
    Arbitrary<JsonNode> contact =
        OddJson.objectOf(
            Map.of(
                "phone", OddJson.text(OddPhones.any()),
                "name", OddJson.text(Arbitraries.strings().ofMaxLength(12)),
                "timezone", OddJson.text(Arbitraries.of("America/Chicago", "UTC", "Nowhere/X")),
                "zip", OddJson.text(Arbitraries.of("60601", "6060", "60601-0000")),
                "state", OddJson.text(Arbitraries.of("IL", "il", "ZZ")),
                "customParameters",
                    Arbitraries.maps(OddJson.oddText(), OddJson.any())
                        .ofMaxSize(2)
                        .map(map -> (JsonNode) OddJson.object(map))));
    Arbitrary<String> upload =
        Arbitraries.frequencyOf(
            Tuple.of(12, contact.list().ofMaxSize(12).map(list -> OddJson.array(list).toString())),
            Tuple.of(1, OddJson.any().map(JsonNode::toString)),
            Tuple.of(
                2,
                contact
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(5)
                    .map(l -> OddJson.broken(OddJson.array(l)))));
    check(upload, 100, "application/json");
  }

  private void check(Arbitrary<String> uploads, int tries, String contentType) {
    String[] campaign = {newCampaign()};
    int[] done = {0};
    long[] acceptedTotal = {0};
    forAll(
        uploads,
        tries,
        body -> {
          if (++done[0] % 25 == 0) {
            campaign[0] = newCampaign();
          }
          String id = campaign[0];
          long before = contactsOf(id);

          Reply reply =
              client.send(
                  client
                      .request("/api/campaigns/" + id + "/contacts")
                      .header("Content-Type", contentType)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build());

          assertNoServerError(reply, body);
          if (contentType.equals("application/json") && !wellFormed(body)) {
            assertThat(reply.status()).as("a body that breaks off is refused").isEqualTo(400);
          }
          if (reply.status() == 200) {
            long accepted = reply.body().get("accepted").asLong();
            acceptedTotal[0] += accepted;
            assertThat(contactsOf(id)).isEqualTo(before + accepted);
            assertThat(reply.body().get("rejected").size())
                .isLessThanOrEqualTo(reply.body().get("rejectedCount").asInt());
          } else {
            assertThat(reply.status()).isBetween(400, 499);
            assertThat(reply.body().at("/error/message").asText())
                .as("%s", reply.body())
                .isNotBlank();
            assertThat(contactsOf(id)).isEqualTo(before);
          }
        });
    assertThat(acceptedTotal[0]).as("some generated rows are stored").isPositive();
  }

  private static boolean wellFormed(String json) {
    try {
      new ObjectMapper().readTree(json);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private String newCampaign() {
    Reply reply =
        client.post(
            "/api/campaigns", Map.of("name", "upload fuzz", "purpose", "APPOINTMENT_CONFIRMATION"));
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  /** A header of known, odd and repeated columns, then rows of cells that may not fit it. */
  private static Arbitrary<String> csv() {
    Arbitrary<String> cell =
        Arbitraries.frequencyOf(
            Tuple.of(4, OddPhones.any()),
            Tuple.of(2, Arbitraries.strings().alpha().ofMaxLength(8)),
            Tuple.of(1, Arbitraries.of("America/New_York", "10001", "NY", "Mars/X", "ABCDE")),
            Tuple.of(
                1, Arbitraries.of("\"a, b\"", "\"say \"\"hi\"\"\"", "\"open", "x\"y", "\"a\nb\"")),
            Tuple.of(1, OddJson.oddText().map(s -> s.length() > 200 ? s.substring(0, 200) : s)));
    Arbitrary<List<String>> header =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.of(COLUMNS)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(6)
                    .map(ContactUploadFuzzTest::phoneFirst)),
            Tuple.of(1, Arbitraries.of(COLUMNS).list().ofMaxSize(4)));
    Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
    return Combinators.combine(
            header,
            cell.list().ofMaxSize(7).list().ofMaxSize(15),
            newline,
            Arbitraries.of("", "\uFEFF"))
        .as(
            (columns, rows, eol, bom) ->
                bom
                    + String.join(",", columns)
                    + eol
                    + rows.stream()
                        .map(row -> String.join(",", row))
                        .collect(Collectors.joining(eol)));
  }

  private static List<String> phoneFirst(List<String> columns) {
    return columns.contains("phone")
        ? columns
        : java.util.stream.Stream.concat(java.util.stream.Stream.of("phone"), columns.stream())
            .toList();
  }
}
