package dev.dialer.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs one campaign per rate in {@code -Dbench.pacing} (e.g. 1,5,20) for about {@code
 * -Dbench.seconds} (default 30) seconds each through the real stack and twilio-sim, and prints the
 * most dials twilio-sim received in any one second and the rate achieved. Run by
 * bench/campaign-pacing.sh; skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "bench.pacing", matches = ".+")
class CampaignPacingBenchmark extends ApiTestSupport {

  @Test
  void pacing() {
    int seconds = Integer.getInteger("bench.seconds", 30);
    long offset = 0;
    for (String rate : System.getProperty("bench.pacing").split(",")) {
      double cps = Double.parseDouble(rate.trim());
      int contacts = (int) Math.max(cps * seconds, 10);
      String callerId = "+1415555" + String.format("%04d", 200 + (int) cps);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < contacts; i++) {
        rows.add(Map.of("phone", BenchNumbers.number(offset + i)));
      }
      offset += contacts;
      Reply created =
          api.post(
              "/api/campaigns",
              Map.of(
                  "name",
                  "pacing " + cps + "/s",
                  "purpose",
                  "APPOINTMENT_CONFIRMATION",
                  "callerId",
                  callerId,
                  "pacing",
                  Map.of("callsPerSecond", cps, "maxConcurrentCalls", (int) (cps * 20) + 10),
                  "retry",
                  Map.of("maxAttempts", 1),
                  "contacts",
                  rows,
                  "start",
                  true));
      assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
      String id = created.body().get("id").asText();
      JsonNode done =
          Awaitility.await("pacing campaign " + id)
              .atMost(Duration.ofSeconds(seconds * 4L + 120))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> api.get("/api/campaigns/" + id).body(),
                  body -> "COMPLETED".equals(body.path("status").asText()));
      List<Instant> dials =
          sim.dials().stream()
              .filter(dial -> callerId.equals(dial.path("from").asText()))
              .map(dial -> Instant.parse(dial.path("createdAt").asText()))
              .sorted()
              .toList();
      int max = BenchReport.maxInOneSecond(dials);
      double achieved = BenchReport.achievedRate(dials);
      BenchReport.print(
          String.format(
              "pacing setting=%.0f/s contacts=%d dials=%d maxInAnySecond=%d minGap=%dms"
                  + " achieved=%.2f/s ratio=%.3f attempts=%s",
              cps,
              contacts,
              dials.size(),
              max,
              BenchReport.minGapMillis(dials),
              achieved,
              achieved / cps,
              done.path("attempts").asText()));
      if (max > cps) {
        BenchReport.print("pacing gaps " + gaps(dials));
      }
    }
  }

  private static List<Long> gaps(List<Instant> sorted) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      gaps.add(sorted.get(i).toEpochMilli() - sorted.get(i - 1).toEpochMilli());
    }
    return gaps;
  }
}
