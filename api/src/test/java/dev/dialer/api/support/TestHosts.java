package dev.dialer.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every test that starts the api (or the media worker) beside it needs from the machine: a
 * port nobody holds and a throwaway {@code dialer.home}. One place for the test supports that each
 * start their own context.
 */
public final class TestHosts {

  private TestHosts() {}

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new empty directory, removed when the JVM exits if it is still empty. */
  public static String tempHome(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      dir.toFile().deleteOnExit();
      return dir.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
