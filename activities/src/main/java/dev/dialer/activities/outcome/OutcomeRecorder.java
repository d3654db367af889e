package dev.dialer.activities.outcome;

import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.call.OutcomeRecord;
import dev.dialer.workflows.conversation.CallOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a call's outcome and flags a number that reaches the wrong person on its campaign's
 * do-not-call list, as an opt-out goes on the internal one: the campaign never dials it again, and
 * the entry says which call found it. The contact itself is settled from the stored outcome when
 * the campaign records the call's end ({@link ContactEffect}).
 */
@Component
public class OutcomeRecorder {

  private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

  /** The do-not-call entry's source for a number that reached the wrong person. */
  public static final String WRONG_NUMBER_SOURCE = "wrong-number";

  private final CallOutcomeStore store;
  private final DncStore dnc;
  private final TransactionTemplate tx;

  public OutcomeRecorder(CallOutcomeStore store, DncStore dnc, TransactionTemplate tx) {
    this.store = store;
    this.dnc = dnc;
    this.tx = tx;
  }

  public void record(OutcomeRecord record) {
    CallOutcome outcome = record.outcome();
    tx.executeWithoutResult(
        status -> {
          store.save(record.callId(), outcome);
          if (outcome.wrongPerson() && record.campaign() != null) {
            dnc.addCampaign(
                record.campaign().campaignId(),
                record.to(),
                WRONG_NUMBER_SOURCE,
                "call:" + record.callId() + " reached the wrong person");
          }
        });
    log.info("call {}: outcome {}", record.callId(), outcome.labels());
  }
}
