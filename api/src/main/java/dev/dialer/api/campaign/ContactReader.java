package dev.dialer.api.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dialer.api.web.ApiException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** Uploaded contacts one row at a time, so that no upload is ever held in memory whole. */
interface ContactReader {

  /** The next row, or null after the last. A body that cannot be read further is a 400. */
  ContactRow next() throws IOException;

  /**
   * The 400 for a row its format cannot parse; the upload is one transaction, so nothing of it is
   * stored.
   *
   * @param row the row's number, from 1
   * @param where where in the body, e.g. {@code line 3}; empty when the parser does not say
   */
  static ApiException unreadableRow(
      long row, String format, String where, JsonProcessingException e) {
    return ApiException.invalid(
        null,
        "Row "
            + row
            + " is not valid "
            + format
            + (where.isEmpty() ? "" : " (" + where + ")")
            + ": "
            + e.getOriginalMessage()
            + ". Nothing was added.");
  }

  static ContactReader of(List<ContactRow> rows) {
    Iterator<ContactRow> iterator = rows.iterator();
    return () -> iterator.hasNext() ? iterator.next() : null;
  }
}
