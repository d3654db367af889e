package dev.dialer.workflows.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a campaign sends an activity into parts that stay far below Temporal's 2 MB payload
 * limit: a cancel of 10,000 calls in flight brings 10,000 ends at once, each a few hundred bytes.
 */
final class PayloadParts {

  /** Call ends per {@link CampaignActivities#recordResults}: well under 1 MB at the largest. */
  static final int ENDS_PER_PART = 500;

  /** CallIds per {@link CampaignActivities#settle}; its answer holds an end for each. */
  static final int CALLS_PER_SETTLE = 500;

  private PayloadParts() {}

  static <T> List<List<T>> of(List<T> items, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      parts.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return parts;
  }
}
