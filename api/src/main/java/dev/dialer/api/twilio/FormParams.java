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

  /**
   * PostgreSQL text and jsonb cannot hold U+0000, which a form body can carry: a signed callback is
   * stored with it replaced rather than lost, and the signature was checked on what was sent.
   */
  static String storable(String text) {
    return text == null ? null : text.replace('\u0000', '\uFFFD');
  }

  static Map<String, String> storable(Map<String, String> params) {
    Map<String, String> clean = new TreeMap<>();
    params.forEach((name, value) -> clean.put(storable(name), storable(value)));
    return clean;
  }
}
