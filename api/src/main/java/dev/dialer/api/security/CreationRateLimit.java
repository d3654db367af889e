package dev.dialer.api.security;

import dev.dialer.activities.DialerProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Creations per key and minute (calls, campaigns, contact uploads, supervisor overrides), counted
 * when the request is let in, so that refused ones count too. Runs after authorization: only a key
 * allowed the route spends its own budget. Keys are configured, so one bucket each stays bounded.
 */
class CreationRateLimit extends OncePerRequestFilter {

  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();
  private static final List<RequestMatcher> LIMITED =
      List.of(
          PATHS.matcher(HttpMethod.POST, "/api/calls"),
          PATHS.matcher(HttpMethod.POST, "/api/campaigns"),
          PATHS.matcher(HttpMethod.POST, "/api/campaigns/{id}/contacts"),
          PATHS.matcher(HttpMethod.POST, "/api/calls/{id}/override/**"),
          // the seed-compatible ways of placing a call
          PATHS.matcher(HttpMethod.POST, "/outbound-call"),
          PATHS.matcher(HttpMethod.POST, "/call"),
          PATHS.matcher(HttpMethod.POST, "/api/outbound-call"));

  private final int perMinute;
  private final JsonErrors errors;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  CreationRateLimit(DialerProperties properties, JsonErrors errors) {
    this.perMinute = properties.security().rateLimitPerMinute();
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return LIMITED.stream().noneMatch(matcher -> matcher.matches(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (!(who instanceof BearerKeyToken)) {
      chain.doFilter(request, response);
      return;
    }
    Bucket bucket = buckets.computeIfAbsent(who.getName(), id -> PerMinute.bucket(perMinute));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    response.setHeader(LIMIT, Integer.toString(perMinute));
    response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
    response.setHeader(RESET, Long.toString(PerMinute.seconds(probe.getNanosToWaitForReset())));
    if (!probe.isConsumed()) {
      errors.tooMany(
          response,
          "This key may create "
              + perMinute
              + " calls, campaigns or uploads per minute (DIALER_RATE_LIMIT_PER_MINUTE); "
              + "try again after retryAfter seconds.",
          Math.max(1, PerMinute.seconds(probe.getNanosToWaitForRefill())));
      return;
    }
    chain.doFilter(request, response);
  }
}
