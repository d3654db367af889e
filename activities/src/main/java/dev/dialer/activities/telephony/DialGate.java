package dev.dialer.activities.telephony;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.compliance.ComplianceChecker;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last step before the create, in one transaction under a per-number advisory lock: the
 * compliance check again (a window may have closed, a cap filled while the dial waited) and the
 * compare-and-set that makes this try the owner of the attempt. Caps count the dials whose mark
 * committed; the lock makes the count and the mark one step per number, so two campaigns cannot
 * both pass a "3 per 24 h" cap with the third dial.
 */
@Component
class DialGate {

  /** What the gate decided; {@code decision} is set when compliance refused. */
  record Verdict(boolean owned, ComplianceDecision refusal) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final CallLedger ledger;
  private final ComplianceChecker compliance;

  DialGate(
      JdbcClient jdbc, TransactionTemplate tx, CallLedger ledger, ComplianceChecker compliance) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.ledger = ledger;
    this.compliance = compliance;
  }

  /**
   * @param seen the fencing token this try read before it started waiting
   * @param token this try's own token
   * @param recheck the check to repeat now; null for none
   * @param now the instant the re-check asks about
   */
  Verdict pass(
      String callId,
      String to,
      String seen,
      String token,
      ComplianceCheckRequest recheck,
      Instant now,
      DialCheckpoint checkpoint) {
    return tx.execute(
        status -> {
          jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:number))")
              .param("number", to)
              .query((rs, row) -> 1)
              .single();
          if (recheck != null) {
            ComplianceDecision decision = compliance.check(recheck.asOf(now));
            if (!decision.allowed()) {
              return new Verdict(false, decision);
            }
          }
          checkpoint.beforeClaim(callId);
          return new Verdict(ledger.claimDial(callId, seen, token), null);
        });
  }
}
