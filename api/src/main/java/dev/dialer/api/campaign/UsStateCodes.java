package dev.dialer.api.campaign;

import java.util.Set;

/** The postal codes of the US states, DC and the inhabited territories. */
final class UsStateCodes {

  private static final Set<String> CODES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "AS", "MP");

  private UsStateCodes() {}

  static boolean contains(String code) {
    return CODES.contains(code);
  }
}
