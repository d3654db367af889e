package dev.dialer.workflows;

import io.temporal.common.SearchAttributeKey;
import java.util.List;

/**
 * Custom search attributes the workflows upsert. A server must have them registered before a
 * workflow upserts them: the embedded server and docker-compose register {@link #ALL}.
 */
public final class SearchAttributes {

  public static final SearchAttributeKey<String> CAMPAIGN_ID =
      SearchAttributeKey.forKeyword("CampaignId");
  public static final SearchAttributeKey<String> CONTACT_ID =
      SearchAttributeKey.forKeyword("ContactId");
  public static final SearchAttributeKey<String> DISPOSITION =
      SearchAttributeKey.forKeyword("Disposition");

  /** The question a call's agent waits on a supervisor for; unset when none is pending. */
  public static final SearchAttributeKey<String> PENDING_CLARIFICATION =
      SearchAttributeKey.forKeyword("PendingClarification");

  public static final List<SearchAttributeKey<String>> ALL =
      List.of(CAMPAIGN_ID, CONTACT_ID, DISPOSITION, PENDING_CLARIFICATION);

  private SearchAttributes() {}
}
