package dev.dialer.api.web;

import dev.dialer.activities.DialerProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The bearer key for /api/**: DIALER_API_KEY, or one generated and printed at start. */
@Component
public class ApiKey {

  private static final Logger log = LoggerFactory.getLogger(ApiKey.class);

  private final byte[] key;

  public ApiKey(DialerProperties properties) {
    String configured = properties.apiKey();
    if (configured.isBlank()) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      configured = HexFormat.of().formatHex(random);
      log.warn("No DIALER_API_KEY set; generated one for this run: {}", configured);
    }
    this.key = configured.getBytes(StandardCharsets.UTF_8);
  }

  /** Constant-time, so that response timing tells nothing about the key. */
  public boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(key, candidate.getBytes(StandardCharsets.UTF_8));
  }
}
