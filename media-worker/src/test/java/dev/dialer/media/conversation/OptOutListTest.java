package dev.dialer.media.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.CountingModel;
import dev.dialer.media.RelayClient;
import dev.dialer.media.RunningMediaWorker;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An opt-out holds even when the call's workflow never hears of it (no Temporal here at all). */
class OptOutListTest {

  private static RunningMediaWorker worker;

  @BeforeAll
  static void start() {
    worker = new RunningMediaWorker(new CountingModel());
  }

  @AfterAll
  static void stop() {
    worker.close();
  }

  @Test
  void givenNoTemporal_whenTheCalleePressesTheOptOutKey_theNumberShouldBeOnTheInternalList()
      throws Exception {
    String callId = "opt-out-" + UUID.randomUUID();
    String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
    String to = "+16465550187";
    RelayClient relay = worker.openRelay(callId, callSid, to);

    relay.send("{\"type\":\"dtmf\",\"digit\":\"9\"}");

    List<String> sources =
        Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    worker
                        .jdbc
                        .sql("SELECT source FROM dnc_internal WHERE phone = :phone")
                        .param("phone", to)
                        .query(String.class)
                        .list(),
                rows -> !rows.isEmpty());
    assertThat(sources).containsExactly("call:" + callId);
  }
}
