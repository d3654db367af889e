package dev.dialer.api.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything written to stdout and stderr from the moment it is installed: the console log, which
 * is what {@code ./dialer} writes to {@code .dialer/logs/}. Installed before a Spring context
 * starts, so its start-up lines are in it too.
 */
final class CapturedLogs {

  private static final ByteArrayOutputStream BUFFER = new ByteArrayOutputStream();
  private static boolean installed;

  private CapturedLogs() {}

  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    System.setOut(tee(System.out));
    System.setErr(tee(System.err));
  }

  static String text() {
    return BUFFER.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream tee(PrintStream original) {
    OutputStream both =
        new OutputStream() {
          @Override
          public void write(int b) {
            original.write(b);
            BUFFER.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            BUFFER.write(bytes, offset, length);
          }

          @Override
          public void flush() throws IOException {
            original.flush();
          }
        };
    return new PrintStream(both, true, StandardCharsets.UTF_8);
  }
}
