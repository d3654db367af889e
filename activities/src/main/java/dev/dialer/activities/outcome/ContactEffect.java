package dev.dialer.activities.outcome;

import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.campaign.RetryPlan;
import dev.dialer.workflows.conversation.CallOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * What a call's outcome does to its campaign contact, over what the retry rules would do: a
 * callback the callee asked for is the next attempt at their time, and gives back the attempt (it
 * was theirs, not the campaign's); a wrong person closes the contact.
 */
public final class ContactEffect {

  public static final String WRONG_PERSON_NOTE =
      "wrong person: the number does not reach this contact; flagged on the campaign's"
          + " do-not-call list";

  public static final String CALLBACK_NOTE = "callback requested by the callee for ";

  private ContactEffect() {}

  /** The contact is closed for good: the number reaches someone else. */
  public static boolean closes(Optional<CallOutcome> outcome) {
    return outcome.map(CallOutcome::wrongPerson).orElse(false);
  }

  /**
   * The retry plan with the callee's callback in it: dialed at their time (never before {@code
   * now}) without counting this attempt; {@code plan} itself when they asked for none or opted out.
   */
  public static RetryPlan plan(
      Optional<CallOutcome> outcome, CallResult result, RetryPlan plan, Instant now) {
    Optional<Instant> at =
        outcome
            .filter(o -> !o.optedOut() && result.disposition() != Disposition.OPTED_OUT)
            .map(CallOutcome::callbackRequested)
            .map(callback -> callback.at());
    if (at.isEmpty() || at.get() == null) {
      return plan;
    }
    return new RetryPlan(ContactState.RETRY, at.get().isBefore(now) ? now : at.get(), false);
  }

  /** The contact's note for a callback at {@code at}. */
  public static String callbackNote(Optional<CallOutcome> outcome) {
    return outcome
        .map(CallOutcome::callbackRequested)
        .filter(callback -> callback.at() != null)
        .map(callback -> CALLBACK_NOTE + callback.at())
        .orElse(null);
  }
}
