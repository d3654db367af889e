package dev.dialer.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code POST /api/campaigns}'s answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CampaignCreated(String id, String status) {}
