package dev.dialer.activities.campaign;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One fence row per claim token. Every try of a claim takes it first, in a transaction of its own;
 * the claim's transaction commits only while the fence still names its try. A try that outlived its
 * start-to-close therefore rolls back once its retry has taken the fence, instead of committing
 * contacts as DIALING that no call will ever dial.
 */
@Repository
class ClaimFences {

  private final JdbcClient jdbc;

  ClaimFences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes the fence for this try; waits while an older try is committing under it. */
  void take(String campaignId, String claimToken, String tryId) {
    jdbc.sql(
            """
            INSERT INTO campaign_claim (claim_token, campaign_id, try_id) VALUES (:token, :c, :try)
            ON CONFLICT (claim_token) DO UPDATE SET try_id = :try, updated_at = now()
            """)
        .param("token", claimToken)
        .param("c", campaignId)
        .param("try", tryId)
        .update();
  }

  /**
   * Whether this try still holds the fence. The row stays share-locked until the caller's
   * transaction ends, so a newer try cannot take the fence between this check and the commit.
   */
  boolean holds(String claimToken, String tryId) {
    return jdbc.sql("SELECT try_id FROM campaign_claim WHERE claim_token = :token FOR SHARE")
        .param("token", claimToken)
        .query(String.class)
        .optional()
        .map(tryId::equals)
        .orElse(false);
  }
}
