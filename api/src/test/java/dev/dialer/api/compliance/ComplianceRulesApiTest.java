package dev.dialer.api.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceRulesApiTest extends ApiTestSupport {

  @Test
  void givenTheRuleTable_whenAnOperatorListsIt_itShouldShowEachRowWithItsSourceAndStatus() {
    JsonNode rules = api.get("/api/compliance/rules").body();
    List<JsonNode> rows = new ArrayList<>();
    rules.get("stateRules").forEach(rows::add);

    assertThat(rows).hasSizeGreaterThan(10);
    assertThat(rows).allSatisfy(row -> assertThat(row.get("source").asText()).isNotBlank());
    JsonNode florida = row(rows, "FL", "TELEMARKETING");
    assertThat(florida.get("effectiveFrom").asText()).isEqualTo("2021-07-01");
    assertThat(florida.get("weekdays").asText()).isEqualTo("08:00-20:00");
    assertThat(florida.get("cap").asText()).isEqualTo("3 per 24 h");
    assertThat(florida.get("source").asText()).contains("501.616(6)");
    assertThat(florida.get("verified").asBoolean()).isTrue();

    List<JsonNode> mississippi =
        rows.stream().filter(r -> r.get("state").asText().equals("MS")).toList();
    assertThat(mississippi).hasSize(2);
    assertThat(mississippi.get(0).get("effectiveUntil").asText()).isEqualTo("2023-07-01");
    assertThat(mississippi.get(0).get("holidays").asText()).isEqualTo("BOTH");
    assertThat(mississippi.get(1).get("holidays").isNull()).isTrue();
    assertThat(mississippi.get(1).get("clock").asText()).isEqualTo("Etc/GMT+6");

    long unverified = rows.stream().filter(r -> !r.get("verified").asBoolean()).count();
    assertThat(unverified).isPositive();
    assertThat(rules.get("unverified").asLong()).isEqualTo(unverified);
    assertThat(rules.get("stateHolidays").toString()).contains("Victory Day", "NTH 2 MON 08");
    assertThat(rules.get("federal").toString()).contains("5 U.S.C. 6103");
  }

  private static JsonNode row(List<JsonNode> rows, String state, String purpose) {
    return rows.stream()
        .filter(r -> r.get("state").asText().equals(state))
        .filter(r -> r.get("purpose").asText().equals(purpose))
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
