package dev.dialer.api.campaign;

import java.util.List;

public record CampaignList(long total, int limit, int offset, List<CampaignSummary> campaigns) {}
