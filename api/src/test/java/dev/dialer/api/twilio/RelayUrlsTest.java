package dev.dialer.api.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelayUrlsTest {

  private static final String TWO = "ws://127.0.0.1:9501/relay, ws://127.0.0.1:9511/relay";

  @Test
  void givenOneUrl_whenPicked_itShouldBeThatUrl() {
    assertThat(RelayUrls.pick("wss://media.example.com/relay", "c-1"))
        .isEqualTo("wss://media.example.com/relay");
  }

  @Test
  void givenTwoUrls_whenManyCallsArePlaced_itShouldSpreadThemOverBothAndKeepEachCallOnOne() {
    Set<String> picked =
        IntStream.range(0, 40)
            .mapToObj(i -> RelayUrls.pick(TWO, "call-" + i))
            .collect(Collectors.toSet());
    assertThat(picked)
        .containsExactlyInAnyOrder("ws://127.0.0.1:9501/relay", "ws://127.0.0.1:9511/relay");
    assertThat(RelayUrls.pick(TWO, "call-7")).isEqualTo(RelayUrls.pick(TWO, "call-7"));
  }
}
