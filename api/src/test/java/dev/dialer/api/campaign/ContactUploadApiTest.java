package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Adding contacts as JSON or CSV: what is accepted, what is a duplicate, what is refused why. */
class ContactUploadApiTest extends CampaignTestSupport {

  @Test
  void aJsonUploadAnswersAcceptedDuplicatesAndRejectedRowsWithTheirField() {
    String id = create(campaign("json upload", Map.of()));
    String a = phone();
    String b = phone();
    String national = "(" + a.substring(2, 5) + ") " + a.substring(5, 8) + "-" + a.substring(8);
    String body =
        """
        [
          {"phone": "%s", "name": "Ada", "timezone": "America/New_York", "zip": "10001-1234",
           "state": "ny", "customParameters": {"invoice": "INV-1", "amount": 42}},
          {"phone": "%s", "name": "Ada again"},
          {"phone": "%s"},
          {"phone": "12"},
          {"phone": "%s", "timezone": "Mars/Olympus"},
          {"phone": "%s", "zip": "ABCDE"},
          {"phone": "%s", "state": "XX"},
          {"phone": "%s", "nmae": "typo"},
          "not an object",
          {"phone": "%s", "customParameters": {"nested": {"no": 1}}}
        ]
        """
            .formatted(a, national, b, phone(), phone(), phone(), phone(), phone());

    Reply reply = upload(id, "application/json", body);

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    assertThat(reply.body().get("accepted").asLong()).isEqualTo(2);
    assertThat(reply.body().get("duplicates").asLong()).isEqualTo(1);
    assertThat(reply.body().get("rejectedCount").asLong()).isEqualTo(7);
    assertThat(rejected(reply))
        .containsExactly(
            "4 phone",
            "5 timezone",
            "6 zip",
            "7 state",
            "8 nmae",
            "9 null",
            "10 customParameters.nested");
    JsonNode first = api.get("/api/campaigns/" + id + "/contacts").body().at("/contacts/0");
    assertThat(first.get("phone").asText()).isEqualTo(a);
    assertThat(first.get("name").asText()).isEqualTo("Ada");
    assertThat(first.get("row").asLong()).isEqualTo(1);
    assertThat(first.get("state").asText()).isEqualTo("PENDING");
    assertThat(first.at("/customParameters/amount").asText()).isEqualTo("42");
  }

  @Test
  void aCsvUploadTakesUsNumbers_andItsOtherColumnsBecomeCustomParameters() {
    String id = create(campaign("csv upload", Map.of()));
    String a = phone();
    String b = phone();
    String national = "(" + b.substring(2, 5) + ") " + b.substring(5, 8) + "-" + b.substring(8);
    String csv =
        "\uFEFFPhone,name,Invoice,amount due,zip,state,timezone\r\n"
            + a
            + ",\"Lovelace, Ada\",INV-7,\"1,200.00\",10001-1234,ny,America/New_York\r\n"
            + national
            + ",Grace,INV-8,,,,\r\n"
            + a
            + ",Ada twice,,,,,\r\n"
            + "not a phone,Nobody,,,,,\r\n"
            + "\r\n"
            + phone()
            + ",Too long,,,,,,extra\r\n"
            + phone()
            + ",Bad zip,,,123,,\r\n";

    Reply reply = upload(id, "text/csv; charset=utf-8", csv);

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    assertThat(reply.body().get("accepted").asLong()).isEqualTo(2);
    assertThat(reply.body().get("duplicates").asLong()).isEqualTo(1);
    assertThat(rejected(reply)).containsExactly("4 phone", "5 null", "6 zip");
    JsonNode contacts = api.get("/api/campaigns/" + id + "/contacts").body().get("contacts");
    assertThat(contacts.get(0).get("name").asText()).isEqualTo("Lovelace, Ada");
    assertThat(contacts.get(0).get("customParameters").toString())
        .isEqualTo("{\"Invoice\":\"INV-7\",\"amount due\":\"1,200.00\"}");
    assertThat(contacts.get(1).get("phone").asText()).isEqualTo(b);
    assertThat(contacts.get(1).get("customParameters").toString())
        .isEqualTo("{\"Invoice\":\"INV-8\"}");
  }

  @Test
  void aCsvWithoutAPhoneColumnOrOfBrokenJsonAddsNothing() {
    String id = create(campaign("broken uploads", Map.of()));

    Reply noPhone = upload(id, "text/csv", "name,zip\nAda,10001\n");
    Reply broken = upload(id, "application/json", "[{\"phone\":\"" + phone() + "\"}, {\"phone\": ");
    Reply notArray = upload(id, "application/json", "{\"phone\":\"" + phone() + "\"}");

    assertThat(noPhone.status()).isEqualTo(400);
    assertThat(noPhone.body().at("/error/field").asText()).isEqualTo("phone");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body().at("/error/message").asText()).contains("Row 2");
    assertThat(notArray.status()).isEqualTo(400);
    assertThat(get(id).at("/counts/contacts").asLong()).isZero();
  }

  @Test
  void aWrongContentTypeIsUnsupportedAndSaysWhatToSend() {
    String id = create(campaign("wrong type", Map.of()));

    Reply reply = upload(id, "text/plain", phone());

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.body().at("/error/code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    assertThat(reply.body().at("/error/message").asText())
        .contains("application/json")
        .contains("text/csv")
        .contains("text/plain");
  }

  @Test
  void theContactListPagesInUploadOrder_andFiltersByState() {
    List<String> phones = List.of(phone(), phone(), phone(), phone(), phone());
    String id = create(campaign("paging", Map.of()));
    addContacts(id, phones.subList(0, 3));
    addContacts(id, phones.subList(3, 5));

    JsonNode page = api.get("/api/campaigns/" + id + "/contacts?limit=2&offset=2").body();
    JsonNode pending = api.get("/api/campaigns/" + id + "/contacts?state=pending").body();
    JsonNode done = api.get("/api/campaigns/" + id + "/contacts?state=DONE").body();
    Reply invalid = api.get("/api/campaigns/" + id + "/contacts?state=FINISHED");

    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(page.get("contacts").findValuesAsText("phone"))
        .containsExactly(phones.get(2), phones.get(3));
    assertThat(page.get("contacts").findValuesAsText("row")).containsExactly("3", "4");
    assertThat(pending.get("total").asLong()).isEqualTo(5);
    assertThat(done.get("total").asLong()).isZero();
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().at("/error/field").asText()).isEqualTo("state");
    assertThat(invalid.body().at("/error/message").asText())
        .contains("PENDING")
        .contains("EXHAUSTED");
  }

  @Test
  void theReportHasAFixedHeaderAndARowPerContactInUploadOrder() {
    String a = phone();
    String b = phone();
    String id =
        create(
            campaign(
                "report",
                Map.of(
                    "contacts",
                    List.of(
                        Map.of("phone", a, "name", "Ada \"the first\", Countess"),
                        Map.of("phone", b, "customParameters", Map.of("k", "v"))))));

    Reply reply =
        api.send(
            api.request("/api/campaigns/" + id + "/report.csv")
                .header("Accept", "text/csv")
                .GET()
                .build());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(reply.raw().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=campaign-" + id + ".csv");
    String[] lines = reply.raw().body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "contact_id,row,phone,name,state,attempts,last_disposition,last_call_id,call_sid,"
                + "final_status,duration_seconds,answered_by,error_code,last_attempt_at,"
                + "next_eligible_at,note,custom_parameters,promise_amount,promise_date,"
                + "callback_at,wrong_person,disputed,paid_already,confirmed,reschedule_to,"
                + "canceled,opted_out,open_question,outcome_summary");
    assertThat(lines).hasSize(3);
    assertThat(lines[1])
        .matches(
            "\\d+,1,\\"
                + a
                + ",\"Ada \"\"the first\"\", Countess\",PENDING,0,,,,,,,,,,,\\{\\},,,,,,,,,,,,");
    assertThat(lines[2]).endsWith(",\"{\"\"k\"\": \"\"v\"\"}\",,,,,,,,,,,,");
  }

  /**
   * 200,000 rows streamed from a generator, never a file or a string in memory; the rate goes to
   * the test's output, not into an assertion.
   */
  @Test
  void aLargeCsvStreamsIn() {
    String id = create(campaign("large upload", Map.of()));
    int rows = 200_000;

    long started = System.nanoTime();
    Reply reply =
        api.send(
            api.request("/api/campaigns/" + id + "/contacts")
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(rows)))
                .build());
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    assertThat(reply.body().get("accepted").asLong()).isEqualTo(rows);
    assertThat(reply.body().get("rejectedCount").asLong()).isZero();
    System.out.printf(
        "CSV import: %d rows in %.2f s = %.0f rows/s%n", rows, seconds, rows / seconds);
    JsonNode last = api.get("/api/campaigns/" + id + "/contacts?offset=" + (rows - 1)).body();
    assertThat(last.at("/contacts/0/row").asLong()).isEqualTo(rows);
    assertThat(last.at("/contacts/0/customParameters/invoice").asText())
        .isEqualTo("INV-" + (rows - 1));
  }

  private static List<String> rejected(Reply reply) {
    return StreamSupport.stream(reply.body().get("rejected").spliterator(), false)
        .map(row -> row.get("row").asText() + " " + row.get("field").asText())
        .toList();
  }
}
