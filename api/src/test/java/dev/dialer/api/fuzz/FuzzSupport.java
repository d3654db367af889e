package dev.dialer.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated inputs against the shared app over real HTTP. jqwik supplies the generators; the tries
 * run inside one JUnit test so that they share the Spring context of the whole suite. A failure
 * names the seed ({@code -Dfuzz.seed=} replays it), the try and the input.
 */
abstract class FuzzSupport extends ApiTestSupport {

  /**
   * One seed by default, so that the suite gives the same answer on every run; {@code
   * -Dfuzz.seed=N} tries other inputs (and replays a failure's seed).
   */
  static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);

  private static final Set<String> FINAL = Set.of("COMPLETED", "CANCELED");

  @Autowired JdbcClient jdbc;

  /** The admin client of this fuzz class, with a creation budget of its own. */
  static ApiClient client(int key) {
    return new ApiClient(api.baseUrl(), FUZZ_KEYS.get(key));
  }

  interface Check<T> {
    void accept(T value) throws Exception;
  }

  static <T> void forAll(Arbitrary<T> arbitrary, int tries, Check<T> check) {
    // A session lets jqwik's generators run on a JUnit thread, outside jqwik's own engine.
    JqwikSession.start(Long.toString(SEED));
    try {
      Random random = new Random(SEED);
      RandomGenerator<T> generator = arbitrary.generator(tries);
      for (int i = 1; i <= tries; i++) {
        T value = generator.next(random).value();
        try {
          check.accept(value);
        } catch (Exception | AssertionError e) {
          throw new AssertionError(
              "try " + i + " of -Dfuzz.seed=" + SEED + " with " + value + ": " + e.getMessage(), e);
        }
      }
    } finally {
      JqwikSession.finish();
    }
  }

  /** Never a server error, never the budget (a 429 would make the later tries prove nothing). */
  static void assertNoServerError(Reply reply, Object input) {
    assertThat(reply.status())
        .as("answer to %s: %s", input, reply.raw().body())
        .isLessThan(500)
        .isNotEqualTo(429);
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  long contactsOf(String campaignId) {
    return jdbc.sql("SELECT count(*) FROM campaign_contact WHERE campaign_id = :id")
        .param("id", campaignId)
        .query(Long.class)
        .single();
  }

  /**
   * A live workflow answers a cancel: the campaign reaches a final status. A campaign whose
   * workflow task keeps failing would stay where it is.
   */
  static void cancelAndAwaitFinal(ApiClient client, String campaignId) {
    client.post("/api/campaigns/" + campaignId + "/cancel", "{}");
    Awaitility.await("campaign " + campaignId + " to end")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> client.get("/api/campaigns/" + campaignId).body(),
            (JsonNode campaign) -> FINAL.contains(campaign.path("status").asText()));
  }
}
