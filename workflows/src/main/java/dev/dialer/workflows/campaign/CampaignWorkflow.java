package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A campaign's dispatcher, started as {@code campaign:{campaignId}}. Contacts live in PostgreSQL
 * (the hopper); this workflow claims the eligible ones into free slots at the campaign's pace,
 * starts a CallWorkflow for each, and records each call's end.
 */
@WorkflowInterface
public interface CampaignWorkflow {

  @WorkflowMethod
  CampaignOutcome run(CampaignRun run);

  /** Stops dialing new contacts; calls in flight go on and their results are recorded. */
  @UpdateMethod
  CampaignControlReply pause(CampaignControl control);

  /**
   * Rejects a pause the campaign can no longer take (it is finished or being canceled), before it
   * enters the history. A default, so that other implementations of this interface still compile.
   */
  @UpdateValidatorMethod(updateName = "pause")
  default void validatePause(CampaignControl control) {}

  @UpdateMethod
  CampaignControlReply resume(CampaignControl control);

  /** Rejects a resume the campaign can no longer take, like {@link #validatePause}. */
  @UpdateValidatorMethod(updateName = "resume")
  default void validateResume(CampaignControl control) {}

  /** Stops dialing, ends the calls in flight, and closes the contacts that are not done. */
  @UpdateMethod
  CampaignControlReply cancel(CampaignControl control);

  /** Rejects a cancel of a campaign that has already finished. */
  @UpdateValidatorMethod(updateName = "cancel")
  default void validateCancel(CampaignControl control) {}

  /** Changes pacing, calling hours, retry rules or the end time while the campaign runs. */
  @UpdateMethod
  CampaignSettings updateSettings(SettingsChange change);

  /**
   * Rejects a change the campaign can no longer take (it is finished or being canceled), before it
   * enters the history. A change {@link CampaignSettingsRules} refuses fails in {@link
   * #updateSettings} itself, with type {@code InvalidSettings} and the field as its detail: a
   * validator's failure loses both on temporal-sdk 1.38 (sdk-java#2875).
   */
  @UpdateValidatorMethod(updateName = "updateSettings")
  void validateSettings(SettingsChange change);

  /** A call this campaign started has ended ({@link CallEnded#SIGNAL}). */
  @SignalMethod
  void callEnded(CallEnded ended);

  /** Contacts were added: look for eligible ones now rather than at the next timer. */
  @SignalMethod
  void contactsAdded(ContactsAdded added);

  @QueryMethod
  CampaignProgress progress();
}
