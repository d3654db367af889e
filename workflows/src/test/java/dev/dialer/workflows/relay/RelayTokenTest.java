package dev.dialer.workflows.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.relay.RelayToken.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelayTokenTest {

  private static final byte[] SECRET = "relay-secret".getBytes(StandardCharsets.UTF_8);
  private static final Instant ISSUED = Instant.parse("2026-01-15T12:00:00Z");
  private static final Instant EXPIRY = ISSUED.plusSeconds(3600);

  private final String token = RelayToken.issue(SECRET, "call-1", "CA1", EXPIRY);

  @Test
  void givenTheTokenOfThisCall_beforeItsExpiry_itIsValid() {
    assertThat(RelayToken.verify(SECRET, token, "call-1", "CA1", ISSUED)).isEqualTo(Verdict.VALID);
    assertThat(RelayToken.verify(SECRET, token, "call-1", "CA1", EXPIRY.minusSeconds(1)))
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void givenTheTokenOfThisCall_atOrAfterItsExpiry_itIsExpired() {
    assertThat(RelayToken.verify(SECRET, token, "call-1", "CA1", EXPIRY))
        .isEqualTo(Verdict.EXPIRED);
  }

  @Test
  void givenAnotherCallsToken_orAnotherCallSid_itFailsItsSignature() {
    assertThat(RelayToken.verify(SECRET, token, "call-2", "CA1", ISSUED))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(RelayToken.verify(SECRET, token, "call-1", "CA2", ISSUED))
        .isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void givenATokenSignedWithAnotherSecret_itFailsItsSignature() {
    String forged =
        RelayToken.issue("other".getBytes(StandardCharsets.UTF_8), "call-1", "CA1", EXPIRY);
    assertThat(RelayToken.verify(SECRET, forged, "call-1", "CA1", ISSUED))
        .isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void givenAnExtendedExpiry_theSignatureNoLongerMatches() {
    String extended = token.replace("." + EXPIRY.getEpochSecond() + ".", ".9999999999.");
    assertThat(RelayToken.verify(SECRET, extended, "call-1", "CA1", ISSUED))
        .isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void givenGarbage_itIsMalformed() {
    assertThat(RelayToken.verify(SECRET, null, "call-1", "CA1", ISSUED))
        .isEqualTo(Verdict.MALFORMED);
    assertThat(RelayToken.verify(SECRET, "v1.x.y", "call-1", "CA1", ISSUED))
        .isEqualTo(Verdict.MALFORMED);
    assertThat(RelayToken.verify(SECRET, "v2.1.y", "call-1", "CA1", ISSUED))
        .isEqualTo(Verdict.MALFORMED);
    assertThat(RelayToken.verify(SECRET, "abc", "call-1", "CA1", ISSUED))
        .isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void givenAnEmptySecret_itRefusesToSign() {
    assertThatThrownBy(() -> RelayToken.issue(new byte[0], "call-1", "CA1", EXPIRY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
