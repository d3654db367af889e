package dev.dialer.activities.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * US ZIP code → state and candidate zones, at 3-digit prefix granularity (see the CSV's header).
 */
final class ZipTable {

  record Entry(int to, String state, List<ZoneId> zones) {}

  private final TreeMap<Integer, Entry> byFirstPrefix = new TreeMap<>();
  private final TreeMap<Integer, Entry> byFirstZip = new TreeMap<>();

  ZipTable() {
    try (InputStream in = ZipTable.class.getResourceAsStream("/compliance/zip3-zones.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split(",");
        List<ZoneId> zones = Arrays.stream(cols[3].split("\\|")).map(ZoneId::of).toList();
        // Five digits: single ZIP codes that lie elsewhere than their prefix.
        (cols[0].length() == 5 ? byFirstZip : byFirstPrefix)
            .put(Integer.parseInt(cols[0]), new Entry(Integer.parseInt(cols[1]), cols[2], zones));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empty for a ZIP whose prefix is not in the table. */
  Optional<Entry> find(String zip) {
    return within(byFirstZip, Integer.parseInt(zip.substring(0, 5)))
        .or(() -> within(byFirstPrefix, Integer.parseInt(zip.substring(0, 3))));
  }

  private static Optional<Entry> within(TreeMap<Integer, Entry> ranges, int key) {
    var floor = ranges.floorEntry(key);
    return floor == null || key > floor.getValue().to()
        ? Optional.empty()
        : Optional.of(floor.getValue());
  }
}
