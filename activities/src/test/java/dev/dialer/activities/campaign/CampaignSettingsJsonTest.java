package dev.dialer.activities.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.workflows.campaign.AgentScript;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ComplianceProfile;
import dev.dialer.workflows.campaign.Pacing;
import dev.dialer.workflows.campaign.RetryPolicy;
import dev.dialer.workflows.campaign.Schedule;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.DayHours;
import dev.dialer.workflows.compliance.Purpose;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings column holds every part of the settings, readable, and reads back the same. */
class CampaignSettingsJsonTest {

  static final CampaignSettings FULL =
      new CampaignSettings(
          CampaignPurpose.PAYMENT_REMINDER,
          "+14155550100",
          new AgentScript(
              "Remind of the invoice.", "Hi, this is Acme billing.", "Please call back."),
          new Schedule(
              Instant.parse("2026-11-18T14:00:00Z"),
              Instant.parse("2026-11-25T02:00:00Z"),
              new CallingHours(
                  Map.of(
                      DayOfWeek.MONDAY, new DayHours(LocalTime.of(9, 0), LocalTime.of(17, 30)),
                      DayOfWeek.SATURDAY, new DayHours(LocalTime.of(10, 0), LocalTime.of(14, 0))))),
          new Pacing(2.5, 40),
          new RetryPolicy(
              4, Map.of("NO_ANSWER", Duration.ofHours(2), "BUSY", Duration.ofMinutes(15))),
          new ComplianceProfile(Purpose.TELEMARKETING, 2));

  @Test
  void fullSettingsRoundTrip() {
    assertThat(CampaignSettingsJson.read(CampaignSettingsJson.write(FULL))).isEqualTo(FULL);
  }

  @Test
  void settingsWithTheirOptionalPartsLeftOutRoundTrip() {
    CampaignSettings bare =
        new CampaignSettings(
            CampaignPurpose.FOLLOW_UP,
            "+14155550100",
            null,
            null,
            new Pacing(1, 1),
            RetryPolicy.none(),
            null);
    assertThat(CampaignSettingsJson.read(CampaignSettingsJson.write(bare))).isEqualTo(bare);
  }

  @Test
  void theJsonHoldsTheRecordsComponentsOnlyInReadableForm() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CampaignSettingsJson.write(FULL));

    assertThat(names(json))
        .containsExactly(
            "purpose", "callerId", "agent", "schedule", "pacing", "retry", "compliance");
    assertThat(names(json.get("pacing"))).containsExactly("callsPerSecond", "maxConcurrentCalls");
    assertThat(names(json.get("retry"))).containsExactly("maxAttempts", "delays");
    assertThat(json.at("/retry/delays/NO_ANSWER").asText()).isEqualTo("PT2H");
    assertThat(json.at("/schedule/endAt").asText()).isEqualTo("2026-11-25T02:00:00Z");
    assertThat(json.at("/schedule/callingHours/days/MONDAY/end").asText()).isEqualTo("17:30:00");
    assertThat(json.at("/compliance/purpose").asText()).isEqualTo("TELEMARKETING");
  }

  @Test
  void temporalsConverterCarriesTheSettingsUnchanged() {
    DataConverter converter = DefaultDataConverter.STANDARD_INSTANCE;
    var payload = converter.toPayload(FULL).orElseThrow();
    assertThat(converter.fromPayload(payload, CampaignSettings.class, CampaignSettings.class))
        .isEqualTo(FULL);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
