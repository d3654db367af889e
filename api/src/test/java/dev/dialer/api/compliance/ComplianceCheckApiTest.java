package dev.dialer.api.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class ComplianceCheckApiTest extends ApiTestSupport {

  @Test
  void aCheckExplainsTheWindowInTheCalleesZone() {
    // 13:30Z in January: 07:30 in Pensacola (Central), 08:30 in Tallahassee (Eastern).
    JsonNode pensacola =
        api.get("/api/compliance/check?phone=%2B18504331234&at=2026-01-15T13:30:00Z").body();
    assertThat(pensacola.get("allowed").asBoolean()).isFalse();
    assertThat(pensacola.get("blockedBy").asText()).isEqualTo("WINDOW");
    assertThat(pensacola.get("timeZones").get(0).asText()).isEqualTo("America/Chicago");
    assertThat(pensacola.at("/localTimes/America~1Chicago").asText())
        .isEqualTo("Thu 2026-01-15 07:30");
    assertThat(pensacola.get("nextAllowedAt").asText()).isEqualTo("2026-01-15T14:00:00Z");
    assertThat(pensacola.get("reasons").get(0).get("rule").asText()).isEqualTo("FEDERAL_WINDOW");

    JsonNode tallahassee =
        api.get("/api/compliance/check?phone=%2B18502221234&at=2026-01-15T13:30:00Z").body();
    assertThat(tallahassee.get("allowed").asBoolean()).isTrue();
  }

  @Test
  void floridaTelemarketingEndsAt20() {
    // 20:30 in Miami on a Wednesday.
    JsonNode decision =
        api.get(
                "/api/compliance/check?phone=%2B13055551234&at=2026-07-02T00:30:00Z"
                    + "&purpose=TELEMARKETING")
            .body();
    assertThat(decision.get("allowed").asBoolean()).isFalse();
    assertThat(decision.get("reasons").get(0).get("rule").asText()).isEqualTo("STATE_WINDOW:FL");
    assertThat(decision.get("nextAllowedAt").asText()).isEqualTo("2026-07-02T12:00:00Z");
  }

  @Test
  void anInvalidNumberOrInstantIsA400NamingTheField() {
    Reply phone = api.get("/api/compliance/check?phone=%2B1999&at=2026-01-15T13:30:00Z");
    assertThat(phone.status()).isEqualTo(400);
    assertThat(phone.body().at("/error/field").asText()).isEqualTo("phone");

    Reply at = api.get("/api/compliance/check?phone=%2B12125550101&at=yesterday");
    assertThat(at.status()).isEqualTo(400);
    assertThat(at.body().at("/error/field").asText()).isEqualTo("at");

    Reply zone = api.get("/api/compliance/check?phone=%2B12125550101&timezone=Mars/Base");
    assertThat(zone.status()).isEqualTo(400);
    assertThat(zone.body().at("/error/field").asText()).isEqualTo("timezone");
  }

  @Test
  void givenAZoneForAHonoluluNumber_whenTheLocationIsVerified_itShouldNarrowToThatZoneOnly() {
    // 08:30 EDT: 02:30 in Honolulu. The contact's own zone counts alone only when verified.
    String ask =
        "/api/compliance/check?phone=%2B18085550101&at=2026-07-01T12:30:00Z"
            + "&timezone=America/New_York&purpose=INFORMATIONAL";
    JsonNode unverified = api.get(ask).body();
    assertThat(unverified.get("allowed").asBoolean()).isFalse();
    assertThat(unverified.get("timeZones").toString()).contains("Pacific/Honolulu");

    JsonNode verified = api.get(ask + "&locationVerified=true").body();
    assertThat(verified.get("allowed").asBoolean()).isTrue();
    assertThat(verified.get("timeZones").toString()).isEqualTo("[\"America/New_York\"]");
  }
}
