package dev.dialer.cli;

import dev.dialer.workflows.campaign.Pacing;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's settings, from the environment that {@code ./dialer demo} sets.
 *
 * @param timeout how long the campaign may run: its end time is this far from its start
 * @param home the dialer's local state directory; reports go to its {@code reports/}
 */
record DemoSettings(
    URI baseUrl, String apiKey, Duration timeout, int contacts, double callsPerSecond, Path home) {

  static final String DEFAULT_URL = "http://127.0.0.1:8080";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  static final int DEFAULT_CONTACTS = 200;
  static final double DEFAULT_CALLS_PER_SECOND = 20;
  static final String DEFAULT_HOME = ".dialer";

  private static final Pattern TIMEOUT = Pattern.compile("(\\d+)\\s*([smh]?)");

  static DemoSettings fromEnvironment(Map<String, String> env) {
    String url = env.getOrDefault("DIALER_URL", "").trim();
    String key = env.getOrDefault("DIALER_API_KEY", "").trim();
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "DIALER_API_KEY is not set: use the key the api was started with"
              + " (./dialer up prints it), or run the whole demo with ./dialer demo.");
    }
    String home = env.getOrDefault("DIALER_HOME", "").trim();
    return new DemoSettings(
        URI.create(url.isEmpty() ? DEFAULT_URL : url.replaceAll("/+$", "")),
        key,
        timeout(env.get("DEMO_TIMEOUT")),
        contacts(env.get("DEMO_CONTACTS")),
        callsPerSecond(env.get("DEMO_CPS")),
        Path.of(home.isEmpty() ? DEFAULT_HOME : home).toAbsolutePath().normalize());
  }

  /**
   * Where the campaign's report is saved. The id is made safe for a file name, since it is the
   * api's to choose.
   */
  Path reportFile(String campaignId) {
    return home.resolve("reports")
        .resolve("campaign-" + campaignId.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv");
  }

  static Duration timeout(String value) {
    return value == null || value.isBlank() ? DEFAULT_TIMEOUT : duration("DEMO_TIMEOUT", value);
  }

  /** Seconds, or with a unit: {@code 300}, {@code 90s}, {@code 5m}, {@code 24h}. */
  static Duration duration(String name, String value) {
    Matcher matcher = TIMEOUT.matcher(value == null ? "" : value.trim());
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new IllegalArgumentException(
          name
              + " must be a positive number of seconds, or of seconds, minutes or hours with s, m"
              + " or h (e.g. 300, 5m or 24h), got '"
              + value
              + "'");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  static int contacts(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_CONTACTS;
    }
    if (!value.trim().matches("\\d{1,6}") || Integer.parseInt(value.trim()) == 0) {
      throw new IllegalArgumentException(
          "DEMO_CONTACTS must be a whole number of contacts, 1 or more (e.g. 200), got '"
              + value
              + "'");
    }
    return Integer.parseInt(value.trim());
  }

  static double callsPerSecond(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_CALLS_PER_SECOND;
    }
    double cps;
    try {
      cps = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      cps = Double.NaN;
    }
    if (!(cps > 0) || cps > Pacing.MAX_CALLS_PER_SECOND) {
      throw new IllegalArgumentException(
          "DEMO_CPS must be a number of calls per second above 0 and at most "
              + (int) Pacing.MAX_CALLS_PER_SECOND
              + " (e.g. 20 or 2.5), got '"
              + value
              + "'");
    }
    return cps;
  }
}
