package dev.dialer.workflows.campaign;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.call.CampaignCall;
import dev.dialer.workflows.call.VoiceOptions;
import dev.dialer.workflows.call.VoicemailText;
import dev.dialer.workflows.compliance.ComplianceContext;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.workflow.ChildWorkflowOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a campaign starts the call of a claimed contact: as its child (runs before the ledger was
 * read), or through {@link CampaignActivities#startCalls}.
 */
public final class ChildCalls {

  private ChildCalls() {}

  /**
   * Calls outlive the run that started them (continue-as-new, a canceled campaign's drain) and
   * report their end by signal, so they are abandoned rather than owned. A callId names one attempt
   * in the ledger: starting it twice must fail, not dial twice.
   */
  static ChildWorkflowOptions options(
      String campaignId, String campaignName, ClaimedContact contact) {
    return ChildWorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.call(contact.callId()))
        .setTaskQueue(TaskQueues.DIALER)
        .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.CAMPAIGN_ID, campaignId)
                .set(SearchAttributes.CONTACT_ID, String.valueOf(contact.contactId()))
                .build())
        .setMemo(memo(campaignId, campaignName, contact))
        .build();
  }

  /** The call's memo: what the dashboard shows of a call without reading its history. */
  public static Map<String, Object> memo(
      String campaignId, String campaignName, ClaimedContact contact) {
    Map<String, Object> memo = new LinkedHashMap<>();
    if (campaignName != null) {
      memo.put("campaignName", campaignName);
    }
    if (contact.name() != null) {
      memo.put("contactName", contact.name());
    }
    memo.put("campaignId", campaignId);
    return memo;
  }

  static CallRequest request(String campaignId, CampaignSettings settings, ClaimedContact contact) {
    return request(campaignId, settings, contact, false);
  }

  /**
   * The call, with what the check right before its dial must know about the contact.
   *
   * @param endsInLedger whether the campaign reads the call's end from the ledger
   */
  public static CallRequest request(
      String campaignId, CampaignSettings settings, ClaimedContact contact, boolean endsInLedger) {
    AgentScript agent = settings.agent();
    Schedule schedule = settings.schedule();
    return new CallRequest(
        contact.callId(),
        contact.phone(),
        settings.callerId(),
        contact.customParameters(),
        agent == null ? null : agent.prompt(),
        agent == null ? null : agent.firstMessage(),
        new ComplianceContext(
            campaignId,
            settings.compliancePurpose(),
            schedule == null ? null : schedule.callingHours(),
            contact.timezone(),
            contact.zip(),
            contact.state(),
            null,
            settings.maxAttemptsPerDay()),
        new CampaignCall(
            campaignId, contact.contactId(), settings.pacing().callsPerSecond(), endsInLedger),
        agent == null ? null : agent.clarificationTimeout(),
        agent == null
            ? null
            : new VoiceOptions(
                agent.transferNumbers(),
                VoicemailText.render(
                    agent.voicemailMessage(), contact.name(), contact.customParameters())));
  }
}
