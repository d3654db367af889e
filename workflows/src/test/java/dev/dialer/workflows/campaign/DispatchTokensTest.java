package dev.dialer.workflows.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DispatchTokensTest {

  private static final Pacing FIVE_A_SECOND = new Pacing(5, 100);

  @Test
  void aFullBucketHoldsOneSecondOfDialsWithHeadroom() {
    DispatchTokens tokens = DispatchTokens.full(FIVE_A_SECOND, 0);

    assertThat(tokens.refill(FIVE_A_SECOND, 60_000)).isEqualTo(5);
    assertThat(DispatchTokens.perSecond(FIVE_A_SECOND)).isLessThan(5 * Pacing.HEADROOM + 0.01);
  }

  @Test
  void spentTokensComeBackAtThePacesRate() {
    DispatchTokens tokens = DispatchTokens.full(FIVE_A_SECOND, 0);
    tokens.spend(tokens.refill(FIVE_A_SECOND, 0));

    // 1 / (5 × 0.97) s = 206.19 ms
    assertThat(tokens.nextTokenAtMillis(FIVE_A_SECOND, 0)).isEqualTo(207);
    assertThat(tokens.refill(FIVE_A_SECOND, 206)).isZero();
    assertThat(tokens.refill(FIVE_A_SECOND, 207)).isEqualTo(1);
    assertThat(tokens.refill(FIVE_A_SECOND, 1_000)).isEqualTo(4);
  }

  @Test
  void aClaimOnceASecondStillGetsTheWholePace() {
    DispatchTokens tokens = DispatchTokens.full(FIVE_A_SECOND, 0);
    int dialed = 0;
    for (long second = 0; second <= 100; second++) {
      int claimed = tokens.refill(FIVE_A_SECOND, second * 1000);
      assertThat(claimed).isLessThanOrEqualTo(DispatchTokens.capacity(FIVE_A_SECOND));
      tokens.spend(claimed);
      dialed += claimed;
    }
    // 5 to begin with, then 5 × 0.97 a second.
    assertThat(dialed).isBetween(5 + 484, 5 + 485);
  }

  @Test
  void aSlowPaceStillDialsOneAtATime() {
    Pacing everyTwoSeconds = new Pacing(0.5, 10);
    DispatchTokens tokens = DispatchTokens.full(everyTwoSeconds, 0);
    tokens.spend(tokens.refill(everyTwoSeconds, 0));

    assertThat(DispatchTokens.capacity(everyTwoSeconds)).isEqualTo(1);
    assertThat(tokens.refill(everyTwoSeconds, 1_000)).isZero();
    assertThat(tokens.nextTokenAtMillis(everyTwoSeconds, 1_000)).isEqualTo(2_062);
  }

  @Test
  void aLowerPaceLowersWhatTheBucketHolds() {
    DispatchTokens tokens = DispatchTokens.full(new Pacing(50, 100), 0);

    assertThat(tokens.refill(FIVE_A_SECOND, 0)).isEqualTo(5);
  }
}
