package dev.dialer.activities.campaign;

import dev.dialer.activities.compliance.ComplianceChecker;
import dev.dialer.activities.compliance.ComplianceInputException;
import dev.dialer.activities.outcome.CallOutcomeStore;
import dev.dialer.activities.outcome.ContactEffect;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.campaign.RecordResults;
import dev.dialer.workflows.campaign.RetryPlan;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.conversation.CallOutcome;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how a campaign's calls ended and when each contact is dialed next: the retry rules' time,
 * moved to when compliance will allow the call, and no later than the campaign's end.
 */
@Component
class CampaignResults {

  private static final Logger log = LoggerFactory.getLogger(CampaignResults.class);

  private final CampaignContacts contacts;
  private final ComplianceChecker checker;
  private final TransactionTemplate tx;
  private final CallOutcomeStore outcomes;

  CampaignResults(
      CampaignContacts contacts,
      ComplianceChecker checker,
      TransactionTemplate tx,
      CallOutcomeStore outcomes) {
    this.contacts = contacts;
    this.checker = checker;
    this.tx = tx;
    this.outcomes = outcomes;
  }

  void record(RecordResults results) {
    tx.executeWithoutResult(status -> results.ended().forEach(ended -> record(results, ended)));
  }

  private void record(RecordResults results, CallEnded ended) {
    Optional<HopperContact> dialing =
        contacts.lockDialing(results.campaignId(), ended.contactId(), ended.callId());
    if (dialing.isEmpty()) {
      log.debug(
          "campaign {}: call {} is not the one contact {} is dialing; already recorded",
          results.campaignId(),
          ended.callId(),
          ended.contactId());
      return;
    }
    HopperContact contact = dialing.get();
    CallResult result = ended.result();
    // The call stored its conversation's outcome before it told anyone it ended.
    Optional<CallOutcome> said = outcomes.find(ended.callId());
    if (ContactEffect.closes(said)) {
      contacts.settle(
          contact.contactId(),
          new ContactOutcome(
              ContactState.DONE,
              contact.attempts(),
              null,
              result.disposition().name(),
              ContactEffect.WRONG_PERSON_NOTE));
      return;
    }
    RetryPlan plan =
        ContactEffect.plan(
            said,
            result,
            results
                .settings()
                .retry()
                .plan(
                    result.disposition(), contact.attempts(), results.at(), result.nextAllowedAt()),
            results.at());
    if (ContactEffect.callbackNote(said) != null && !plan.attemptCounted()) {
      result = noted(result, ContactEffect.callbackNote(said));
    }
    int attempts = plan.attemptCounted() ? contact.attempts() : Math.max(0, contact.attempts() - 1);
    contacts.settle(
        contact.contactId(), outcome(contact, result, plan, attempts, results.settings()));
  }

  private ContactOutcome outcome(
      HopperContact contact,
      CallResult result,
      RetryPlan plan,
      int attempts,
      CampaignSettings settings) {
    String disposition = result.disposition().name();
    if (plan.state().isTerminal() || plan.nextEligibleAt() == null) {
      return new ContactOutcome(
          plan.state(), attempts, null, disposition, result.complianceReason());
    }
    Instant next = plan.nextEligibleAt();
    String note = result.complianceReason();
    Optional<ComplianceDecision> refused = refusal(contact, settings, next);
    if (refused.isPresent()) {
      note = HopperRules.why(refused.get());
      if (refused.get().blockedBy() == Block.DNC) {
        return new ContactOutcome(ContactState.BLOCKED, attempts, null, disposition, note);
      }
      next = HopperRules.nextTry(refused.get(), next);
    }
    if (HopperRules.pastEnd(settings.schedule(), next)) {
      return new ContactOutcome(
          ContactState.EXPIRED,
          attempts,
          null,
          disposition,
          HopperRules.expired(settings.schedule(), next, note));
    }
    return new ContactOutcome(plan.state(), attempts, next, disposition, note);
  }

  private static CallResult noted(CallResult result, String note) {
    return new CallResult(
        result.callId(),
        result.callSid(),
        result.disposition(),
        result.finalStatus(),
        result.durationSeconds(),
        result.answeredBy(),
        result.errorCode(),
        result.nextAllowedAt(),
        note);
  }

  /** Compliance's refusal of a dial at {@code at}; empty when it would allow it. */
  private Optional<ComplianceDecision> refusal(
      HopperContact contact, CampaignSettings settings, Instant at) {
    try {
      ComplianceDecision decision = checker.check(contact.complianceAt(settings, at));
      return decision.allowed() ? Optional.empty() : Optional.of(decision);
    } catch (ComplianceInputException e) {
      // The claim that dialed it read this contact; if it no longer can, the next claim says why.
      return Optional.empty();
    }
  }
}
