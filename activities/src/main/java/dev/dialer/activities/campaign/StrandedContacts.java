package dev.dialer.activities.campaign;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contacts left DIALING by a claim whose calls were never started: a claim that committed after its
 * retry (before claims were fenced), or calls lost with a Temporal that lost its state before they
 * dialed. Nothing would ever end them, and a campaign without an end time would never complete. A
 * contact DIALING for a while whose call was never dialed and whose workflow Temporal does not know
 * is given back its attempt and dialed again, once, under a new callId.
 */
@Component
public class StrandedContacts {

  /** A campaign starts the calls of a claim before it claims again, within seconds. */
  static final Duration GRACE = Duration.ofMinutes(2);

  private static final int PER_SWEEP = 50;
  private static final Logger log = LoggerFactory.getLogger(StrandedContacts.class);

  private final JdbcClient jdbc;
  private final CallExecutions executions;
  private final CallLedger ledger;
  private final TransactionTemplate tx;

  StrandedContacts(
      JdbcClient jdbc, CallExecutions executions, CallLedger ledger, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.executions = executions;
    this.ledger = ledger;
    this.tx = tx;
  }

  private record Candidate(long contactId, String callId) {}

  /**
   * @return how many contacts were given back
   */
  public int giveBack(String campaignId) {
    List<Candidate> candidates =
        jdbc.sql(
                """
                SELECT c.contact_id, c.last_call_id
                  FROM campaign_contact c JOIN call_ledger l ON l.call_id = c.last_call_id
                 WHERE c.campaign_id = :campaign AND c.state = 'DIALING'
                   AND c.updated_at < now() - make_interval(secs => :grace)
                   AND l.dial_started_at IS NULL AND l.call_sid IS NULL AND l.disposition IS NULL
                 ORDER BY c.contact_id LIMIT :limit
                """)
            .param("campaign", campaignId)
            .param("grace", GRACE.toSeconds())
            .param("limit", PER_SWEEP)
            .query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2)))
            .list();
    int given = 0;
    for (Candidate candidate : candidates) {
      if (executions.unknown(candidate.callId())
          && giveBack(candidate.contactId(), candidate.callId())) {
        given++;
      }
    }
    if (given > 0) {
      log.warn(
          "campaign {}: {} contacts were DIALING with no call ever started; given back",
          campaignId,
          given);
      CampaignEvents.record(
          jdbc,
          campaignId,
          "CONTACTS_GIVEN_BACK",
          given + " contacts were DIALING but their calls never started; they are dialed again");
    }
    return given;
  }

  /**
   * Gives the contact back the attempt of a call that was never dialed, if it is still dialing that
   * call, and closes the call's ledger row as not dialed.
   */
  public boolean giveBack(long contactId, String callId) {
    return Boolean.TRUE.equals(
        tx.execute(
            status -> {
              boolean moved =
                  jdbc.sql(
                              """
                              UPDATE campaign_contact
                                 SET state = CASE WHEN attempts <= 1 THEN 'PENDING' ELSE 'RETRY' END,
                                     attempts = GREATEST(attempts - 1, 0), claim_token = NULL,
                                     next_eligible_at = NULL, updated_at = now(),
                                     note = 'its call ' || last_call_id
                                            || ' was never started; dialed again'
                               WHERE contact_id = :id AND state = 'DIALING'
                                 AND last_call_id = :callId
                              """)
                          .param("id", contactId)
                          .param("callId", callId)
                          .update()
                      == 1;
              if (moved) {
                ledger.finish(
                    new CallResult(callId, null, Disposition.CANCELED, null, null, null, null),
                    "not-dialed",
                    Instant.now());
              }
              return moved;
            }));
  }
}
