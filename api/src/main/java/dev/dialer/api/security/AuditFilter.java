package dev.dialer.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes an {@link ApiAudit} row for every state-changing /api request a key was let in for, once
 * it is answered (rate-limited ones included), and for the seed-compatible routes outside /api that
 * change state. Runs inside the security chain only.
 */
class AuditFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final RequestMatcher API =
      new OrRequestMatcher(
          PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
          PathPatternRequestMatcher.withDefaults().matcher("/outbound-call"),
          PathPatternRequestMatcher.withDefaults().matcher("/end-call"),
          PathPatternRequestMatcher.withDefaults().matcher("/call"),
          PathPatternRequestMatcher.withDefaults().matcher("/override/**"));

  private final ApiAudit audit;

  AuditFilter(ApiAudit audit) {
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return READS.contains(request.getMethod()) || !API.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof BearerKeyToken key)) {
      chain.doFilter(request, response);
      return;
    }
    ApiPrincipal who = (ApiPrincipal) key.getPrincipal();
    try {
      chain.doFilter(request, response);
    } finally {
      audit.record(
          who,
          request.getMethod(),
          // Decoded, as the rules and the controllers saw it (the firewall let only normal paths
          // in).
          request.getServletPath(),
          response.getStatus(),
          request.getRemoteAddr());
    }
  }
}
