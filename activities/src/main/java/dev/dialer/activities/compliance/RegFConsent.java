package dev.dialer.activities.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Regulation F's exclusion of the calls a consumer asked for (12 CFR 1006.14(b)(3)(i)): a call
 * placed with the consumer's prior consent, given directly to the collector within the seven days
 * the call falls in, does not count toward the frequencies of 1006.14(b)(2). A callback the callee
 * requested on a call is that consent, for the next call at or after the time they named.
 *
 * <p>Read narrowly, as a compliance rule should be: the consent covers one call (the first one
 * after the call it was given on), never a call before the time asked for, and only within seven
 * days of the consent. A conversation on the consented call still starts 1006.14(b)(2)(ii)'s
 * seven-day wait for the calls after it.
 */
final class RegFConsent {

  static final Duration PERIOD = Duration.ofDays(7);

  static final String RULE = "REG_F_CONSENT";

  private RegFConsent() {}

  /** The attempt whose callback request covers a call at {@code t}; empty when none does. */
  static Optional<Attempt> covering(List<Attempt> history, Instant t) {
    return history.stream()
        .filter(a -> a.at().isBefore(t))
        .max(Comparator.comparing(Attempt::at))
        .filter(a -> covers(a, t));
  }

  /** The past attempts that were themselves calls the callee asked for. */
  static Set<Attempt> consented(List<Attempt> history) {
    List<Attempt> ordered = history.stream().sorted(Comparator.comparing(Attempt::at)).toList();
    Set<Attempt> consented = new HashSet<>();
    for (int i = 1; i < ordered.size(); i++) {
      if (covers(ordered.get(i - 1), ordered.get(i).at())) {
        consented.add(ordered.get(i));
      }
    }
    return consented;
  }

  private static boolean covers(Attempt consent, Instant t) {
    return consent.callbackAt() != null
        && !t.isBefore(consent.callbackAt())
        && t.isBefore(consent.at().plus(PERIOD));
  }
}
