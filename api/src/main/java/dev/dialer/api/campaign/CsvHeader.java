package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each field is in an uploaded CSV: the index of each known column (-1 when absent) and the
 * custom parameters' columns by index.
 */
record CsvHeader(
    int width, int phone, int name, int timezone, int zip, int state, Map<Integer, String> custom) {

  private static final Set<String> KNOWN = Set.of("phone", "name", "timezone", "zip", "state");

  static CsvHeader of(String[] cells) {
    Map<String, Integer> known = new LinkedHashMap<>();
    Map<Integer, String> custom = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cells.length; i++) {
      String cell = (i == 0 ? cells[i].replace("\uFEFF", "") : cells[i]).strip();
      if (cell.isEmpty()) {
        throw ApiException.invalid(
            "header", "Header column " + (i + 1) + " has no name; every column needs one.");
      }
      String lower = cell.toLowerCase(Locale.ROOT);
      String key = KNOWN.contains(lower) ? lower : cell;
      if (!seen.add(key)) {
        throw ApiException.invalid("header", "The header names column '" + cell + "' twice.");
      }
      if (KNOWN.contains(lower)) {
        known.put(lower, i);
      } else {
        custom.put(i, cell);
      }
    }
    if (!known.containsKey("phone")) {
      throw ApiException.invalid(
          "phone",
          "The CSV header needs a 'phone' column (and may have name, timezone, zip, state and"
              + " custom parameter columns); its first row was "
              + String.join(",", cells)
              + ".");
    }
    if (custom.size() > ContactRules.MAX_PARAMETERS) {
      throw ApiException.invalid(
          "customParameters",
          "The CSV has "
              + custom.size()
              + " custom parameter columns; at most "
              + ContactRules.MAX_PARAMETERS
              + " are allowed.");
    }
    return new CsvHeader(
        cells.length,
        known.get("phone"),
        known.getOrDefault("name", -1),
        known.getOrDefault("timezone", -1),
        known.getOrDefault("zip", -1),
        known.getOrDefault("state", -1),
        custom);
  }
}
