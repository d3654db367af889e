package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worker died between the pacer's admission and the carrier's answer: its send blocks the
 * campaign's second at the carrier until it expires. The dials waiting behind it must not outlive
 * their activity's timeout and dial twice with their retries.
 */
class DeadWorkerPacerApiTest extends CampaignTestSupport {

  @Autowired JdbcClient jdbc;

  @Test
  void givenADeadWorkersSendBlocksThePacer_whenTheCampaignDials_eachContactIsDialedOnce() {
    List<String> phones = IntStream.range(0, 3).mapToObj(i -> phone()).toList();
    String id =
        create(
            campaign(
                "dead worker",
                Map.of(
                    "contacts", phones.stream().map(phone -> Map.of("phone", phone)).toList(),
                    "pacing", Map.of("callsPerSecond", 1, "maxConcurrentCalls", 3),
                    "retry", Map.of("maxAttempts", 1))));
    // What the dead worker left: admitted to the carrier's second, never answered.
    jdbc.sql("INSERT INTO dial_pacer (pacer_key, next_slot_at) VALUES (:key, clock_timestamp())")
        .param("key", id)
        .update();
    jdbc.sql("INSERT INTO dial_send (pacer_key, admitted_at) VALUES (:key, clock_timestamp())")
        .param("key", id)
        .update();
    assertThat(api.post("/api/campaigns/" + id + "/start", Map.of()).status()).isEqualTo(202);

    JsonNode done =
        Awaitility.await(id + " to complete")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> get(id), campaign -> "COMPLETED".equals(campaign.get("status").asText()));

    assertThat(done.get("attempts").asInt()).isEqualTo(3);
    for (String phone : phones) {
      assertThat(sim.dialsTo(phone)).as("dials to %s", phone).hasSize(1);
    }
  }
}
