package dev.dialer.api.security;

import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What the rule table asks of a route, for those that describe the API (its OpenAPI document): read
 * from {@link AccessRules} itself, so the documentation cannot drift from the table.
 */
public final class RouteAccess {

  private RouteAccess() {}

  /**
   * The role a request needs ("viewer", "supervisor", "admin"), "open" or "denied".
   *
   * @param path a concrete path (placeholders filled in), as a request would carry it
   */
  public static String of(String method, String path) {
    PathContainer concrete = PathContainer.parsePath(path);
    return AccessRules.ROWS.stream()
        .filter(row -> row.method() == null || row.method().name().equals(method))
        .filter(row -> PathPatternParser.defaultInstance.parse(row.pattern()).matches(concrete))
        .findFirst()
        .map(row -> row.access().name().toLowerCase(Locale.ROOT))
        .orElse("denied");
  }
}
