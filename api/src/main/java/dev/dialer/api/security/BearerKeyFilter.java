package dev.dialer.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>} and, when the key is known, makes its principal the
 * request's (and its key id the log MDC's {@code keyId}). A request without the header goes on
 * anonymous, for the rule table to refuse or allow. Not a bean: it runs inside the security chain
 * only, never as a servlet filter of its own.
 */
class BearerKeyFilter extends OncePerRequestFilter {

  static final String MDC_KEY_ID = "keyId";

  private static final Logger log = LoggerFactory.getLogger(BearerKeyFilter.class);
  private static final String BEARER = "bearer ";

  private final AuthenticationManager authentication;
  private final AuthenticationEntryPoint unauthorized;
  private final FailedAuthLimiter failures;
  private final JsonErrors errors;
  private final SecurityContextRepository repository;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerKeyFilter(
      AuthenticationManager authentication,
      AuthenticationEntryPoint unauthorized,
      FailedAuthLimiter failures,
      JsonErrors errors,
      SecurityContextRepository repository) {
    this.authentication = authentication;
    this.unauthorized = unauthorized;
    this.failures = failures;
    this.errors = errors;
    this.repository = repository;
  }

  /** Open routes look at no key: a probe or webhook with a stale header still gets through. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return AccessRules.decide(request).access() == Access.OPEN;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    long blocked = failures.blockedFor(address);
    if (blocked > 0) {
      errors.tooMany(
          response,
          "Too many requests with a wrong API key from this address; try again later.",
          blocked);
      return;
    }
    Authentication accepted;
    try {
      accepted =
          authentication.authenticate(
              BearerKeyToken.presented(header.substring(BEARER.length()).trim()));
    } catch (AuthenticationException e) {
      failures.failed(address);
      log.info("Refused a wrong API key from {} for {}", address, request.getRequestURI());
      contexts.clearContext();
      unauthorized.commence(request, response, e);
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(accepted);
    contexts.setContext(context);
    // Kept on the request, so that the async dispatch of a streamed answer (report.csv) and the
    // error dispatch, which this filter does not see again, are still this key's.
    repository.saveContext(context, request, response);
    MDC.put(MDC_KEY_ID, accepted.getName());
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY_ID);
      contexts.clearContext();
    }
  }
}
