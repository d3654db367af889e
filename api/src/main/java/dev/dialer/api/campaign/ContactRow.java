package dev.dialer.api.campaign;

import java.util.Map;

/**
 * One contact as uploaded, before it is checked.
 *
 * @param row the data row, from 1
 * @param rejected set when the reader already knows the row is unusable (a JSON value that is not
 *     an object, a CSV row longer than its header)
 */
record ContactRow(
    long row,
    String phone,
    String name,
    String timezone,
    String zip,
    String state,
    Map<String, String> customParameters,
    RejectedRow rejected) {

  static ContactRow rejected(long row, String field, String error) {
    return new ContactRow(
        row, null, null, null, null, null, Map.of(), new RejectedRow(row, field, error));
  }
}
