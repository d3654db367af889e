package dev.dialer.activities.compliance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US state codes: reads a state out of libphonenumber's geocoder text ("Pensacola, FL" or
 * "Florida"), and knows which codes a contact's or a check's {@code state} may be.
 */
public final class UsStates {

  private static final Pattern TRAILING_CODE = Pattern.compile(",\\s*([A-Z]{2})$");
  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("alabama", "AL"),
          Map.entry("alaska", "AK"),
          Map.entry("arizona", "AZ"),
          Map.entry("arkansas", "AR"),
          Map.entry("california", "CA"),
          Map.entry("colorado", "CO"),
          Map.entry("connecticut", "CT"),
          Map.entry("delaware", "DE"),
          Map.entry("district of columbia", "DC"),
          Map.entry("washington d.c.", "DC"),
          Map.entry("washington, d.c.", "DC"),
          Map.entry("florida", "FL"),
          Map.entry("georgia", "GA"),
          Map.entry("hawaii", "HI"),
          Map.entry("idaho", "ID"),
          Map.entry("illinois", "IL"),
          Map.entry("indiana", "IN"),
          Map.entry("iowa", "IA"),
          Map.entry("kansas", "KS"),
          Map.entry("kentucky", "KY"),
          Map.entry("louisiana", "LA"),
          Map.entry("maine", "ME"),
          Map.entry("maryland", "MD"),
          Map.entry("massachusetts", "MA"),
          Map.entry("michigan", "MI"),
          Map.entry("minnesota", "MN"),
          Map.entry("mississippi", "MS"),
          Map.entry("missouri", "MO"),
          Map.entry("montana", "MT"),
          Map.entry("nebraska", "NE"),
          Map.entry("nevada", "NV"),
          Map.entry("new hampshire", "NH"),
          Map.entry("new jersey", "NJ"),
          Map.entry("new mexico", "NM"),
          Map.entry("new york", "NY"),
          Map.entry("north carolina", "NC"),
          Map.entry("north dakota", "ND"),
          Map.entry("ohio", "OH"),
          Map.entry("oklahoma", "OK"),
          Map.entry("oregon", "OR"),
          Map.entry("pennsylvania", "PA"),
          Map.entry("rhode island", "RI"),
          Map.entry("south carolina", "SC"),
          Map.entry("south dakota", "SD"),
          Map.entry("tennessee", "TN"),
          Map.entry("texas", "TX"),
          Map.entry("utah", "UT"),
          Map.entry("vermont", "VT"),
          Map.entry("virginia", "VA"),
          Map.entry("washington", "WA"),
          Map.entry("west virginia", "WV"),
          Map.entry("wisconsin", "WI"),
          Map.entry("wyoming", "WY"));

  /** Inhabited territories: US jurisdictions with +1 numbers, though not states. */
  private static final Map<String, String> TERRITORIES =
      Map.of(
          "puerto rico", "PR",
          "united states virgin islands", "VI",
          "u.s. virgin islands", "VI",
          "guam", "GU",
          "american samoa", "AS",
          "northern mariana islands", "MP");

  private UsStates() {}

  static Optional<String> fromGeocoder(String description) {
    if (description == null || description.isBlank()) {
      return Optional.empty();
    }
    Matcher code = TRAILING_CODE.matcher(description.trim());
    if (code.find() && isCode(code.group(1))) {
      return Optional.of(code.group(1));
    }
    String name = description.trim().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(BY_NAME.getOrDefault(name, TERRITORIES.get(name)));
  }

  /** The postal code of a state, DC or an inhabited territory, in any case. */
  public static boolean isCode(String code) {
    if (code == null) {
      return false;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    return BY_NAME.containsValue(upper) || TERRITORIES.containsValue(upper);
  }
}
