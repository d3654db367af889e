package dev.dialer.api.campaign;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * @param byState every contact state, zeros included
 * @param byDisposition contacts by the disposition of their last call
 * @param byOutcome contacts by what their last conversation came to: {@code promiseToPay}, {@code
 *     callbackRequested}, {@code wrongPerson}, {@code disputed}, … (one contact may count under
 *     several)
 */
public record CampaignCounts(
    long contacts,
    Map<String, Long> byState,
    Map<String, Long> byDisposition,
    Map<String, Long> byOutcome) {

  static CampaignCounts of(CampaignNumbers numbers) {
    Map<String, Long> byState = new LinkedHashMap<>();
    numbers.byState().forEach((state, count) -> byState.put(state.name(), count));
    return new CampaignCounts(
        numbers.contacts(), byState, numbers.byDisposition(), numbers.byOutcome());
  }
}
