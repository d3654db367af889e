package dev.dialer.api.twilio;

import com.twilio.security.RequestValidator;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.telephony.CallbackUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks X-Twilio-Signature with twilio-java's own validator. The URL is rebuilt from the public
 * base URL, not from the request, because behind a proxy or tunnel the two differ and Twilio signed
 * the public one.
 */
@Component
class WebhookSignature {

  static final String HEADER = "X-Twilio-Signature";

  private final RequestValidator validator;
  private final CallbackUrls urls;

  WebhookSignature(DialerProperties properties, CallbackUrls urls) {
    this.validator = new RequestValidator(properties.twilio().effectiveAuthToken());
    this.urls = urls;
  }

  boolean valid(HttpServletRequest request, Map<String, String> bodyParams, String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    String url = urls.signedUrl(request.getRequestURI(), request.getQueryString());
    return validator.validate(url, bodyParams, signature);
  }
}
