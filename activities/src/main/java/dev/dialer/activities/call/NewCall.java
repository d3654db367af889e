package dev.dialer.activities.call;

import java.util.Map;

/** A dial attempt as it is first written to the ledger, before anything is dialed. */
public record NewCall(
    String callId,
    String workflowId,
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage) {}
