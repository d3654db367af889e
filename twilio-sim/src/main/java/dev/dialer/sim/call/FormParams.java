package dev.dialer.sim.call;

import dev.dialer.sim.error.TwilioApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.springframework.util.MultiValueMap;

/** Reading Twilio's PascalCase form parameters, where an empty value counts as absent. */
final class FormParams {

  private final MultiValueMap<String, String> params;

  FormParams(MultiValueMap<String, String> params) {
    this.params = params;
  }

  String get(String name) {
    String value = params.getFirst(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  List<String> all(String name) {
    return params.getOrDefault(name, List.of());
  }

  /** GET or POST; Twilio defaults every *Method parameter to POST. */
  String method(String name) {
    String value = get(name);
    if (value == null) {
      return "POST";
    }
    if (!value.equalsIgnoreCase("GET") && !value.equalsIgnoreCase("POST")) {
      throw TwilioApiException.invalidParameter(name + " must be GET or POST, not " + value);
    }
    return value.toUpperCase(Locale.ROOT);
  }

  /** An absolute http(s) URL, or null when absent. */
  String url(String name, int errorCode) {
    String value = get(name);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException invalid) {
      // falls through to the refusal below
    }
    throw TwilioApiException.badRequest(errorCode, name + " is not a valid URL: " + value);
  }
}
