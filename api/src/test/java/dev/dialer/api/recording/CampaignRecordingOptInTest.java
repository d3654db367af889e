package dev.dialer.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code recording: true} on a campaign is stored where every dial of the campaign reads it. */
class CampaignRecordingOptInTest extends ApiTestSupport {

  @Autowired private JdbcClient jdbc;

  @Test
  void givenACampaignCreatedWithRecording_whenStored_itsCallsShouldBeRecorded() {
    String id =
        create(Map.of("name", "recorded", "purpose", "PAYMENT_REMINDER", "recording", true));

    assertThat(recording(id)).isTrue();
  }

  @Test
  void givenACampaignCreatedWithout_whenStored_itsCallsShouldNotBeRecorded() {
    String id = create(Map.of("name", "not recorded", "purpose", "PAYMENT_REMINDER"));

    assertThat(recording(id)).isFalse();
  }

  private static String create(Map<String, Object> body) {
    ApiClient.Reply reply = api.post("/api/campaigns", body);
    assertThat(reply.status()).as("create: %s", reply.body()).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  private boolean recording(String id) {
    return jdbc.sql("SELECT recording FROM campaign WHERE campaign_id = :id")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }
}
