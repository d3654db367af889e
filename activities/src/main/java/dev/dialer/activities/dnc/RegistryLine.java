package dev.dialer.activities.dnc;

/** One line of the registry's download: "2015550123" or "201,5550123". */
final class RegistryLine {

  private RegistryLine() {}

  /** Null when the line holds a valid US number, else why not. */
  static String error(String line) {
    String digits = digits(line);
    if (digits == null) {
      return "expected 10 digits, or \"areacode,number\" (3 and 7 digits)";
    }
    if (digits.charAt(0) < '2' || digits.charAt(3) < '2') {
      return "not a US number: area code and exchange start with 2-9";
    }
    return null;
  }

  /** The 10 digits of the line, or null when it has another shape. */
  static String digits(String line) {
    int comma = line.indexOf(',');
    String joined;
    if (comma < 0) {
      joined = line;
    } else {
      String area = line.substring(0, comma).strip();
      String number = line.substring(comma + 1).strip();
      if (area.length() != 3 || number.length() != 7) {
        return null;
      }
      joined = area + number;
    }
    if (joined.length() != 10) {
      return null;
    }
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return joined;
  }
}
