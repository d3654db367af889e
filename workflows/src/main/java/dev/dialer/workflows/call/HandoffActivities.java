package dev.dialer.workflows.call;

import io.temporal.activity.ActivityInterface;

/** Where a call goes past its conversation: a person's phone, a machine's mailbox. */
@ActivityInterface
public interface HandoffActivities {

  /** Stores the allowed target on the call; the Connect action dials it and nothing else. */
  void recordTransfer(TransferRecord transfer);

  /** Updates the live call through Twilio REST to say the message and hang up. */
  void leaveVoicemail(VoicemailDrop drop);
}
