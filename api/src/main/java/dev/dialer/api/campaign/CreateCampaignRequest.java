package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.workflows.campaign.AgentScript;
import java.util.List;

/**
 * {@code POST /api/campaigns}. Only {@code name} and {@code purpose} are required; enums, times and
 * durations arrive as text so that a wrong value is reported with its field and the accepted forms.
 * {@code contacts} are checked one by one like an upload; {@code start} starts the campaign at
 * once. {@code recording: true} records every call of the campaign.
 */
record CreateCampaignRequest(
    String name,
    String purpose,
    String callerId,
    AgentScript agent,
    ScheduleBody schedule,
    PacingBody pacing,
    RetryBody retry,
    ComplianceBody compliance,
    List<JsonNode> contacts,
    Boolean start,
    Boolean recording) {}
