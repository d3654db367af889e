package dev.dialer.workflows.replay;

import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of histories that older commits of the workflows produced. The capture classes write
 * into the source folder, and only when {@value #CAPTURE_PROPERTY} is set: a normal build replays
 * what is stored and never rewrites it, so the replay checks the code under test against histories
 * it did not make.
 */
public final class StoredHistories {

  /** Set to {@code true} to (re)write the captured histories. */
  public static final String CAPTURE_PROPERTY = "dialer.captureHistories";

  static final String FOLDER = "histories";

  private StoredHistories() {}

  /** Writes a captured history into the source folder, {@code src/test/resources/histories}. */
  public static void write(String name, WorkflowExecutionHistory history) {
    Path folder = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", FOLDER);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(name + ".json"), history.toJson(true) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every stored history on the test class path, by file name. */
  static List<Path> all() {
    URL folder = StoredHistories.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static WorkflowExecutionHistory read(Path file) {
    try {
      return WorkflowExecutionHistory.fromJson(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
