package dev.dialer.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin key of an api started with no key configured: kept in {@code $DIALER_HOME/api-key},
 * readable by its owner only, so that it survives restarts and never appears in a log (only the
 * file's path does).
 */
final class GeneratedApiKey {

  static final String FILE_NAME = "api-key";

  private static final Logger log = LoggerFactory.getLogger(GeneratedApiKey.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private GeneratedApiKey() {}

  static String readOrCreate(Path home) {
    Path file = home.resolve(FILE_NAME).toAbsolutePath();
    try {
      if (Files.exists(file)) {
        String key = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!key.isEmpty()) {
          log.info("No DIALER_API_KEY set; using the admin key kept in {}", file);
          return key;
        }
        Files.delete(file);
      }
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String key = HexFormat.of().formatHex(random);
      Files.createDirectories(file.getParent());
      write(file, key);
      log.warn(
          "No DIALER_API_KEY set; generated an admin key into {} (readable by you only)", file);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the generated API key in " + file, e);
    }
  }

  private static void write(Path file, String key) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the file inherits its folder's access rules.
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(file + " appeared while it was being created", e);
    }
    Files.writeString(
        file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
