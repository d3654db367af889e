package dev.dialer.api.campaign;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** Uploaded contacts one row at a time, so that no upload is ever held in memory whole. */
interface ContactReader {

  /** The next row, or null after the last. A body that cannot be read further is a 400. */
  ContactRow next() throws IOException;

  static ContactReader of(List<ContactRow> rows) {
    Iterator<ContactRow> iterator = rows.iterator();
    return () -> iterator.hasNext() ? iterator.next() : null;
  }
}
