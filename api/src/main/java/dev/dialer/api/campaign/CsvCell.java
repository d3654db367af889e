package dev.dialer.api.campaign;

/** One CSV cell per RFC 4180: quoted when it holds a comma, a quote or a line break. */
final class CsvCell {

  private CsvCell() {}

  static String of(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
