package dev.dialer.activities.campaign;

import dev.dialer.activities.compliance.BatchDecision;
import dev.dialer.activities.compliance.CalleeLocator;
import dev.dialer.activities.compliance.ComplianceChecker;
import dev.dialer.activities.compliance.ComplianceInputException;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.campaign.CampaignCallIds;
import dev.dialer.workflows.campaign.ClaimRequest;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.ClaimedContacts;
import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims a campaign's eligible contacts in one transaction: each one compliance allows now moves to
 * DIALING with its ledger row; each one it refuses is moved on (deferred, blocked or expired), so
 * that the next claim does not look at it again before its time.
 */
@Component
class CampaignHopper {

  /** Contacts checked by one claim at most, so that one activity stays short. */
  static final int MAX_CHECKS = 1_000;

  private static final int MIN_BATCH = 20;
  private static final int MAX_BATCH = 200;
  private static final Logger log = LoggerFactory.getLogger(CampaignHopper.class);

  private final CampaignContacts contacts;
  private final CampaignCalls calls;
  private final ComplianceChecker checker;
  private final CalleeLocator locator;
  private final ClaimFences fences;
  private final StrandedContacts stranded;
  private final TransactionTemplate tx;

  CampaignHopper(
      CampaignContacts contacts,
      CampaignCalls calls,
      ComplianceChecker checker,
      CalleeLocator locator,
      ClaimFences fences,
      StrandedContacts stranded,
      TransactionTemplate tx) {
    this.contacts = contacts;
    this.calls = calls;
    this.checker = checker;
    this.locator = locator;
    this.fences = fences;
    this.stranded = stranded;
    this.tx = tx;
  }

  /**
   * Gives back contacts stranded as DIALING first, then claims under the claim's fence: this try
   * takes it, and commits only while it still holds it (see {@link ClaimFences}).
   */
  ClaimedContacts claim(ClaimRequest request) {
    stranded.giveBack(request.campaignId());
    String tryId = UUID.randomUUID().toString();
    fences.take(request.campaignId(), request.claimToken(), tryId);
    return tx.execute(
        status -> {
          ClaimedContacts claimed = claimNow(request);
          if (!fences.holds(request.claimToken(), tryId)) {
            throw new ClaimOverrun(request.campaignId(), request.claimToken());
          }
          return claimed;
        });
  }

  private ClaimedContacts claimNow(ClaimRequest request) {
    List<ClaimedContact> claimed = new ArrayList<>();
    for (HopperContact again : contacts.claimedBy(request.campaignId(), request.claimToken())) {
      claimed.add(
          claimed(again, locator.e164(again.phone()), again.lastCallId(), again.attempts()));
    }
    if (claimed.isEmpty()) {
      contacts.exhaust(request.campaignId(), request.settings().retry().maxAttempts());
      if (!HopperRules.pastEnd(request.settings().schedule(), request.at())) {
        fill(request, claimed);
      }
    }
    HopperSummary summary = contacts.summary(request.campaignId(), request.at());
    return new ClaimedContacts(claimed, summary.nextEligibleAt(), summary.open());
  }

  private void fill(ClaimRequest request, List<ClaimedContact> claimed) {
    int checked = 0;
    while (claimed.size() < request.limit() && checked < MAX_CHECKS) {
      int wanted =
          Math.min(
              MAX_CHECKS - checked,
              Math.max(MIN_BATCH, Math.min(MAX_BATCH, request.limit() - claimed.size())));
      List<HopperContact> batch = contacts.lockEligible(request.campaignId(), request.at(), wanted);
      checked += consider(request, batch, claimed);
      if (batch.size() < wanted) {
        break;
      }
    }
    if (checked == 0) {
      return;
    }
    log.info(
        "campaign {} claim {}: {} claimed of {} checked",
        request.campaignId(),
        request.claimToken(),
        claimed.size(),
        checked);
  }

  /**
   * Checks the batch's contacts together (their facts in a few queries), then, in order until the
   * limit is reached, claims each one compliance allows now and moves the others on; the claimed
   * ones move to DIALING with their ledger rows in two statements. Returns how many were looked at.
   */
  private int consider(
      ClaimRequest request, List<HopperContact> batch, List<ClaimedContact> claimed) {
    List<BatchDecision> decisions =
        checker.checkAll(
            batch.stream().map(c -> c.complianceAt(request.settings(), request.at())).toList());
    List<DialingContact> dialing = new ArrayList<>();
    int looked = 0;
    for (int i = 0; i < batch.size() && claimed.size() < request.limit(); i++) {
      looked++;
      HopperContact contact = batch.get(i);
      BatchDecision decision = decisions.get(i);
      String phone = null;
      ComplianceInputException unreadable;
      try {
        phone = locator.e164(contact.phone());
        unreadable = decision.unreadable();
      } catch (ComplianceInputException e) {
        unreadable = e;
      }
      if (unreadable != null) {
        // No later check can read it either: it ends as a dial Twilio would refuse.
        contacts.close(
            contact.contactId(),
            ContactState.DONE,
            Disposition.FAILED.name(),
            "not dialed: " + unreadable.field() + ": " + unreadable.getMessage());
        continue;
      }
      if (decision.decision().allowed()) {
        String callId =
            CampaignCallIds.of(request.campaignId(), contact.contactId(), contact.calls() + 1);
        dialing.add(new DialingContact(contact, callId, phone));
        claimed.add(claimed(contact, phone, callId, contact.attempts() + 1));
        continue;
      }
      moveOn(request, contact, decision.decision());
    }
    contacts.markDialing(dialing, request.claimToken(), request.at());
    calls.create(dialing, request.settings());
    return looked;
  }

  /** A contact compliance refuses now: blocked, expired, or deferred until it may be dialed. */
  private void moveOn(ClaimRequest request, HopperContact contact, ComplianceDecision decision) {
    String why = HopperRules.why(decision);
    if (decision.blockedBy() == Block.DNC) {
      contacts.close(contact.contactId(), ContactState.BLOCKED, null, why);
      return;
    }
    Instant next = HopperRules.nextTry(decision, request.at());
    if (HopperRules.pastEnd(request.settings().schedule(), next)) {
      contacts.close(
          contact.contactId(),
          ContactState.EXPIRED,
          null,
          HopperRules.expired(request.settings().schedule(), next, why));
      return;
    }
    contacts.defer(contact.contactId(), next, why);
  }

  private static ClaimedContact claimed(
      HopperContact contact, String phone, String callId, int attempt) {
    return new ClaimedContact(
        contact.contactId(),
        callId,
        attempt,
        phone,
        contact.name(),
        contact.timezone(),
        contact.zip(),
        contact.usState(),
        contact.customParameters());
  }
}
