package dev.dialer.activities.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dialer.workflows.campaign.CampaignSettings;

/**
 * The one JSON form of campaign settings in the {@code campaign.settings} column: durations and
 * instants as ISO-8601 text, so an operator reading the table sees {@code "PT2H"}, not seconds.
 */
public final class CampaignSettingsJson {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  private CampaignSettingsJson() {}

  public static String write(CampaignSettings settings) {
    try {
      return JSON.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("campaign settings are not serializable", e);
    }
  }

  public static CampaignSettings read(String json) {
    try {
      return JSON.readValue(json, CampaignSettings.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "campaign.settings holds JSON that is not CampaignSettings", e);
    }
  }
}
