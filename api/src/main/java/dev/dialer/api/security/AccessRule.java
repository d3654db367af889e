package dev.dialer.api.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One row of {@link AccessRules}: requests with this method (any, when null) on this path pattern
 * need this access. Matching uses Spring MVC's path patterns on the decoded, normalised path, the
 * same path the controllers are chosen by.
 */
record AccessRule(HttpMethod method, String pattern, Access access, RequestMatcher matcher) {

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  static AccessRule any(String pattern, Access access) {
    return new AccessRule(null, pattern, access, PATHS.matcher(pattern));
  }

  static AccessRule on(HttpMethod method, String pattern, Access access) {
    return new AccessRule(method, pattern, access, PATHS.matcher(method, pattern));
  }
}
