package dev.dialer.api.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The form body of a webhook. The servlet API mixes query and body parameters, but Twilio signs the
 * URL (with its query) and the body parameters separately, so the query's names are taken out.
 */
final class FormParams {

  private FormParams() {}

  static Map<String, String> body(HttpServletRequest request) {
    Set<String> queryNames =
        request.getQueryString() == null
            ? Set.of()
            : UriComponentsBuilder.fromUriString("?" + request.getQueryString())
                .build()
                .getQueryParams()
                .keySet();
    Map<String, String> params = new TreeMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!queryNames.contains(name) && values.length > 0) {
                params.put(name, values[0]);
              }
            });
    return params;
  }
}
