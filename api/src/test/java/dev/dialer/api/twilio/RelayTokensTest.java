package dev.dialer.api.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.DialerProperties;
import dev.dialer.workflows.relay.RelayToken;
import dev.dialer.workflows.relay.RelayToken.Verdict;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayTokensTest {

  private static final byte[] SECRET = "relay-secret".getBytes(StandardCharsets.UTF_8);
  private static final Duration MAX_CALL = Duration.ofMinutes(20);

  @Test
  void givenACall_itsTokenIsBoundToItsCallSid_andLastsTheLongestCall() {
    Instant before = Instant.now();
    String token = tokens().tokenFor("call-1", "CA1");

    assertThat(RelayToken.verify(SECRET, token, "call-1", "CA1", before)).isEqualTo(Verdict.VALID);
    assertThat(RelayToken.verify(SECRET, token, "call-1", "CA2", before))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(
            RelayToken.verify(
                SECRET, token, "call-1", "CA1", before.plus(MAX_CALL).minusSeconds(5)))
        .isEqualTo(Verdict.VALID);
    assertThat(
            RelayToken.verify(
                SECRET, token, "call-1", "CA1", Instant.now().plus(MAX_CALL).plusSeconds(1)))
        .isEqualTo(Verdict.EXPIRED);
  }

  private static RelayTokens tokens() {
    return new RelayTokens(
        new DialerProperties(
            URI.create("http://127.0.0.1:8080"),
            "",
            Path.of(".dialer"),
            "",
            null,
            new DialerProperties.MediaSettings(
                "ws://127.0.0.1:8081/relay", new String(SECRET, StandardCharsets.UTF_8), MAX_CALL),
            null,
            List.of(),
            null));
  }
}
