package dev.dialer.workflows.campaign;

import java.time.Duration;
import java.time.Instant;

/**
 * When the dispatcher looks for contacts next, and for how many. At most one claim a second, within
 * the dial budget of {@link DispatchTokens}. After a claim that filled its limit, or news that may
 * have made contacts eligible, the next claim may come as soon as that allows; after one that found
 * too few, not before the next contact is eligible, or {@link #REFRESH_AFTER}.
 */
final class ClaimSchedule {

  /** Claiming a batch once a second keeps the history small; the dial activity spaces dials. */
  static final Duration CLAIM_EVERY = Duration.ofSeconds(1);

  /**
   * How stale a running dispatcher's view of the hopper may get, however far its next contact is: a
   * look this often also catches changes to contacts it was not told of.
   */
  static final Duration REFRESH_AFTER = Duration.ofMinutes(10);

  private final DispatchTokens tokens;
  private long lastClaimAtMillis;
  private boolean lastClaimFilled;
  private Instant nextEligibleAt;
  private boolean hopperChanged = true;

  private ClaimSchedule(DispatchTokens tokens, long lastClaimAtMillis) {
    this.tokens = tokens;
    this.lastClaimAtMillis = lastClaimAtMillis;
  }

  /** A new campaign claims at once, a full second's worth. */
  static ClaimSchedule first(Pacing pacing, long nowMillis) {
    return new ClaimSchedule(DispatchTokens.full(pacing, nowMillis), Long.MIN_VALUE);
  }

  /**
   * The bucket is refilled only when the dispatcher is about to claim, so no claim came after its
   * time: counting the last claim from it keeps the one-a-second rule across runs.
   */
  static ClaimSchedule carried(CampaignCarryOver carried) {
    return new ClaimSchedule(
        new DispatchTokens(carried.tokens(), carried.tokensAtMillis()), carried.tokensAtMillis());
  }

  /** Contacts may have become eligible: results recorded, contacts added, settings changed. */
  void hopperChanged() {
    hopperChanged = true;
  }

  /**
   * How many contacts to claim now, at most {@code slots}: 0 when no claim is due or the budget
   * holds no whole dial.
   */
  int limit(Pacing pacing, int slots, long nowMillis) {
    if (slots <= 0 || nowMillis < dueAtMillis()) {
      return 0;
    }
    return Math.min(slots, tokens.refill(pacing, nowMillis));
  }

  /** Called before the claim goes out: news that comes during it is news for the next one. */
  void claiming(long nowMillis) {
    hopperChanged = false;
    lastClaimAtMillis = nowMillis;
  }

  void claimed(int limit, ClaimedContacts claimed) {
    lastClaimFilled = claimed.contacts().size() >= limit;
    nextEligibleAt = claimed.nextEligibleAt();
    tokens.spend(claimed.contacts().size());
  }

  /** When the next claim is due, given free slots. */
  long nextClaimAtMillis(Pacing pacing, long nowMillis) {
    return Math.max(dueAtMillis(), tokens.nextTokenAtMillis(pacing, nowMillis));
  }

  private long dueAtMillis() {
    long soonest = lastClaimAtMillis + CLAIM_EVERY.toMillis();
    if (hopperChanged || lastClaimFilled) {
      return soonest;
    }
    long refresh = lastClaimAtMillis + REFRESH_AFTER.toMillis();
    long eligible =
        nextEligibleAt == null ? refresh : Math.min(refresh, nextEligibleAt.toEpochMilli());
    return Math.max(soonest, eligible);
  }

  double tokens() {
    return tokens.tokens();
  }

  long tokensAtMillis() {
    return tokens.atMillis();
  }
}
