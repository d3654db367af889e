package dev.dialer.api.dnc;

import dev.dialer.activities.dnc.ImportResult;
import dev.dialer.activities.dnc.NationalRegistryImporter;
import dev.dialer.api.web.ApiException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Service;

/** Reads the import's parameters and hands the stream to the importer. */
@Service
class RegistryImport {

  private final NationalRegistryImporter importer;
  private final Clock clock = Clock.systemUTC();

  RegistryImport(NationalRegistryImporter importer) {
    this.importer = importer;
  }

  ImportResult run(InputStream body, String snapshotDate) {
    LocalDate today = LocalDate.now(clock);
    LocalDate snapshot = today;
    if (snapshotDate != null && !snapshotDate.isBlank()) {
      try {
        snapshot = LocalDate.parse(snapshotDate.trim());
      } catch (DateTimeParseException e) {
        throw ApiException.invalid(
            "snapshotDate",
            "'snapshotDate' must be a date such as 2026-11-01; got '" + snapshotDate + "'.");
      }
      if (snapshot.isAfter(today)) {
        throw ApiException.invalid(
            "snapshotDate", "'snapshotDate' " + snapshot + " is in the future.");
      }
    }
    return importer.importFrom(body, snapshot, today);
  }
}
