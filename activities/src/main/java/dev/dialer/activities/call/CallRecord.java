package dev.dialer.activities.call;

import java.time.Instant;
import java.util.Map;

/** One row of the call ledger: a dial attempt. */
public record CallRecord(
    String callId,
    String workflowId,
    String callSid,
    String to,
    String from,
    String status,
    long lastSequence,
    String disposition,
    String answeredBy,
    Integer errorCode,
    Integer durationSeconds,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage,
    Instant createdAt,
    Instant dialStartedAt,
    Instant answeredAt,
    Instant endedAt,
    Instant nextAllowedAt,
    String complianceReason) {}
