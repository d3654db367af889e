package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;

/** {@code limit} and {@code offset} of a list, as the call list checks them. */
final class Paging {

  static final int MAX_LIMIT = 500;

  private Paging() {}

  static void check(int limit, int offset) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.invalid(
          "limit", "'limit' must be between 1 and " + MAX_LIMIT + "; got " + limit + ".");
    }
    if (offset < 0) {
      throw ApiException.invalid("offset", "'offset' must not be negative; got " + offset + ".");
    }
  }
}
