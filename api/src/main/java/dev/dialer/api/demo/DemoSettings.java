package dev.dialer.api.demo;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo's settings, from the environment that {@code ./dialer demo} sets. */
record DemoSettings(URI baseUrl, String apiKey, Duration timeout) {

  static final String DEFAULT_URL = "http://127.0.0.1:8080";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  private static final Pattern TIMEOUT = Pattern.compile("(\\d+)\\s*([sm]?)");

  static DemoSettings fromEnvironment(Map<String, String> env) {
    String url = env.getOrDefault("DIALER_URL", "").trim();
    String key = env.getOrDefault("DIALER_API_KEY", "").trim();
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "DIALER_API_KEY is not set: use the key the api was started with"
              + " (./dialer up prints it), or run the whole demo with ./dialer demo.");
    }
    return new DemoSettings(
        URI.create(url.isEmpty() ? DEFAULT_URL : url.replaceAll("/+$", "")),
        key,
        timeout(env.get("DEMO_TIMEOUT")));
  }

  static Duration timeout(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_TIMEOUT;
    }
    Matcher matcher = TIMEOUT.matcher(value.trim());
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new IllegalArgumentException(
          "DEMO_TIMEOUT must be a positive number of seconds, or minutes with an m (e.g. 300 or"
              + " 5m), got '"
              + value
              + "'");
    }
    long amount = Long.parseLong(matcher.group(1));
    return "m".equals(matcher.group(2)) ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
  }
}
