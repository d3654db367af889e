package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign's own days off: dates it names and, when asked, federal holidays. */
class CallingDaysApiTest extends CampaignTestSupport {

  @Test
  void givenExcludedDatesAndHolidays_whenCreated_itShouldKeepAndShowThem() {
    Reply reply =
        api.post(
            "/api/campaigns",
            campaign(
                "days off",
                Map.of(
                    "schedule",
                    Map.of(
                        "callingHours",
                        Map.of(
                            "start",
                            "09:00",
                            "end",
                            "20:00",
                            "excludeDates",
                            List.of("2026-12-31", "2026-12-24"),
                            "excludeHolidays",
                            true)))));
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
    JsonNode hours = get(reply.body().get("id").asText()).at("/settings/schedule/callingHours");
    assertThat(hours.get("excludeDates").toString()).isEqualTo("[\"2026-12-24\",\"2026-12-31\"]");
    assertThat(hours.get("excludeHolidays").asBoolean()).isTrue();
  }

  @Test
  void givenAnUnreadableDate_whenCreated_itShouldAnswer400NamingTheEntry() {
    Reply reply =
        api.post(
            "/api/campaigns",
            campaign(
                "bad day off",
                Map.of(
                    "schedule",
                    Map.of(
                        "callingHours",
                        Map.of(
                            "start",
                            "09:00",
                            "end",
                            "20:00",
                            "excludeDates",
                            List.of("2026-12-24", "Christmas Eve"))))));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().at("/error/field").asText())
        .isEqualTo("schedule.callingHours.excludeDates[1]");
    assertThat(reply.body().at("/error/message").asText()).contains("2026-12-24");
  }
}
