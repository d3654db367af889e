package dev.dialer.activities.telephony;

import dev.dialer.workflows.call.HandoffActivities;
import dev.dialer.workflows.call.TransferRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class HandoffActivitiesImpl implements HandoffActivities {

  private static final Logger log = LoggerFactory.getLogger(HandoffActivitiesImpl.class);

  private final CallHandoffs handoffs;

  public HandoffActivitiesImpl(CallHandoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void recordTransfer(TransferRecord transfer) {
    handoffs.recordTransfer(transfer);
    log.info(
        "callId={} transfers to {} ({})",
        transfer.callId(),
        transfer.target(),
        transfer.requestedBy());
  }
}
