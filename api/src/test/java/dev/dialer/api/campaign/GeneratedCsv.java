package dev.dialer.api.campaign;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A contacts CSV of {@code rows} Chicago numbers, produced as it is read. */
final class GeneratedCsv extends InputStream {

  private final int rows;
  private byte[] line = "phone,name,invoice\n".getBytes(StandardCharsets.US_ASCII);
  private int position;
  private int row;

  GeneratedCsv(int rows) {
    this.rows = rows;
  }

  @Override
  public int read() {
    if (position == line.length && !nextLine()) {
      return -1;
    }
    return line[position++];
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int read = 0;
    while (read < length) {
      if (position == line.length && !nextLine()) {
        break;
      }
      int n = Math.min(length - read, line.length - position);
      System.arraycopy(line, position, buffer, offset + read, n);
      position += n;
      read += n;
    }
    return read == 0 ? -1 : read;
  }

  private boolean nextLine() {
    if (row == rows) {
      return false;
    }
    line =
        ("+1312" + (2_000_000 + row) + ",Contact " + row + ",INV-" + row + "\n")
            .getBytes(StandardCharsets.US_ASCII);
    position = 0;
    row++;
    return true;
  }
}
