package dev.dialer.api.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.OptOutRequest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DncApiTest extends ApiTestSupport {

  // Noon in New York: only a do-not-call list can block these checks.
  private static final String NOON = "2026-07-01T16:00:00Z";

  @Autowired ComplianceActivities compliance;

  @Test
  void aNumberPutOnTheListIsBlockedByTheVeryNextCheck() {
    String number = "+12125550142";
    assertThat(check(number).get("allowed").asBoolean()).isTrue();

    Reply put = api.send(json("/api/dnc/%2B12125550142", "PUT", "{\"reason\":\"asked by phone\"}"));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.body().get("source").asText()).isEqualTo("api");

    JsonNode after = check(number);
    assertThat(after.get("allowed").asBoolean()).isFalse();
    assertThat(after.get("blockedBy").asText()).isEqualTo("DNC");
    assertThat(after.get("nextAllowedAt").isNull()).isTrue();
    assertThat(after.get("reasons").get(0).get("rule").asText()).isEqualTo("DNC_INTERNAL");

    assertThat(api.get("/api/dnc/%2B12125550142").status()).isEqualTo(200);
    assertThat(api.send(api.request("/api/dnc/%2B12125550142").DELETE().build()).status())
        .isEqualTo(204);
    assertThat(api.get("/api/dnc/%2B12125550142").status()).isEqualTo(404);
    assertThat(check(number).get("allowed").asBoolean()).isTrue();
  }

  @Test
  void anOptOutRecordedByTheActivityBlocksEveryCampaignAtOnce() {
    String number = "+12125550143";
    assertThat(check(number, "campaign-a").get("allowed").asBoolean()).isTrue();

    compliance.recordOptOut(new OptOutRequest(number, "call:opt-out-test", "stop calling me"));

    for (String campaign : new String[] {"campaign-a", "campaign-b"}) {
      JsonNode decision = check(number, campaign);
      assertThat(decision.get("blockedBy").asText()).isEqualTo("DNC");
      assertThat(decision.get("reasons").get(0).get("detail").asText())
          .contains("call:opt-out-test");
    }
    JsonNode entry = api.get("/api/dnc/%2B12125550143").body();
    assertThat(entry.get("source").asText()).isEqualTo("call:opt-out-test");
    assertThat(entry.hasNonNull("createdAt")).isTrue();
  }

  @Test
  void aCampaignListBlocksOnlyThatCampaign() {
    String number = "+12125550144";
    Reply put = api.send(json("/api/campaigns/spring-sale/dnc/%2B12125550144", "PUT", ""));
    assertThat(put.status()).isEqualTo(200);

    assertThat(check(number, "spring-sale").get("reasons").get(0).get("rule").asText())
        .isEqualTo("DNC_CAMPAIGN");
    assertThat(check(number, "other").get("allowed").asBoolean()).isTrue();
    assertThat(
            api.send(api.request("/api/campaigns/spring-sale/dnc/%2B12125550144").DELETE().build())
                .status())
        .isEqualTo(204);
  }

  @Test
  void theListPagesNewestFirst() {
    api.send(json("/api/dnc/%2B12125550151", "PUT", "{\"source\":\"import-a\"}"));
    api.send(json("/api/dnc/%2B12125550152", "PUT", "{\"source\":\"import-b\"}"));

    JsonNode page = api.get("/api/dnc?limit=1&offset=0").body();
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(page.get("entries")).hasSize(1);
    assertThat(page.get("entries").get(0).get("phone").asText()).isEqualTo("+12125550152");
    assertThat(api.get("/api/dnc?limit=0").body().at("/error/field").asText()).isEqualTo("limit");
  }

  @Test
  void anInvalidNumberIsA400NamingTheField() {
    Reply reply = api.send(json("/api/dnc/12345", "PUT", ""));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().at("/error/field").asText()).isEqualTo("e164");
  }

  @Test
  void theRegistryImportCountsNumbersDuplicatesAndBadLines() {
    String file = "2125550145\n212,5550146\n2125550145\n12345\n0125550147\n\n";
    Reply reply =
        api.send(
            api.request("/api/dnc/import?snapshotDate=2020-01-01")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(file))
                .build());
    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.body();
    assertThat(body.get("imported").asLong()).isEqualTo(2);
    assertThat(body.get("duplicates").asLong()).isEqualTo(1);
    assertThat(body.get("rejectedCount").asLong()).isEqualTo(2);
    assertThat(body.get("rejected").get(0).get("line").asLong()).isEqualTo(4);
    assertThat(body.get("snapshotDate").asText()).isEqualTo("2020-01-01");
    assertThat(body.get("warning").asText()).contains("older than 31 days");

    JsonNode telemarketing = check("+12125550146", null, "TELEMARKETING");
    assertThat(telemarketing.get("reasons").get(0).get("rule").asText()).isEqualTo("DNC_NATIONAL");
    // The registry binds telemarketing only; a payment reminder may still call.
    assertThat(check("+12125550146", null, "DEBT_COLLECTION").get("allowed").asBoolean()).isTrue();
  }

  private static JsonNode check(String number) {
    return check(number, null);
  }

  private static JsonNode check(String number, String campaignId) {
    return check(number, campaignId, "INFORMATIONAL");
  }

  private static JsonNode check(String number, String campaignId, String purpose) {
    String query =
        "/api/compliance/check?phone=%2B"
            + number.substring(1)
            + "&at="
            + NOON
            + "&purpose="
            + purpose
            + (campaignId == null ? "" : "&campaignId=" + campaignId);
    Reply reply = api.get(query);
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    return reply.body();
  }

  private static HttpRequest json(String path, String method, String body) {
    return api.request(path)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
