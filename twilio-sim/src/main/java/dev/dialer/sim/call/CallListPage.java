package dev.dialer.sim.call;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Twilio's list envelope: the page under {@code calls} plus paging URIs. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallListPage(
    List<CallResource> calls,
    int end,
    String firstPageUri,
    String nextPageUri,
    int page,
    int pageSize,
    String previousPageUri,
    int start,
    String uri) {}
