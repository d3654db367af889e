package dev.dialer.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads a generated CSV of {@code -Dbench.rows} contacts through {@code POST
 * /api/campaigns/{id}/contacts}, then loads the same file with a raw {@code COPY} into a table of
 * the same columns, in the same run on the same database, and prints both rates and their ratio;
 * then COPies the same contacts in their stored form straight into {@code campaign_contact}: the
 * table's own floor. Also prints the heap in use after a GC before and after the upload, the heap's
 * limit (run it with a small {@code -Xmx} to show the upload's memory is flat) and the JVM's RSS
 * before and after, and the CPU time of this JVM and of the database's processes during the upload
 * and during the raw COPY (steadier than wall time on a loaded machine). Run by {@code
 * bench/campaign-bench.sh import}; skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "bench.rows", matches = "\\d+")
class ContactImportBenchmark extends ApiTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void importVersusRawCopy() throws IOException, SQLException {
    int rows = Integer.getInteger("bench.rows");
    Path file = Files.createTempFile("contacts-", ".csv");
    try {
      write(file, rows);
      String id = campaign("import " + rows);
      System.gc();
      long heapBefore = usedHeap();
      long rssBefore = rssKiB();
      Duration cpuBefore = cpu();
      long start = System.nanoTime();
      Reply uploaded =
          api.send(
              api.request("/api/campaigns/" + id + "/contacts")
                  .timeout(Duration.ofMinutes(30))
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build());
      double apiSeconds = (System.nanoTime() - start) / 1e9;
      double apiCpu = seconds(cpu().minus(cpuBefore));
      long rssAfter = rssKiB();
      System.gc();
      long heapAfter = usedHeap();
      assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(200);
      assertThat(uploaded.body().get("accepted").asLong()).isEqualTo(rows);

      Duration rawCpuBefore = cpu();
      double copySeconds = rawCopy(file);
      double rawCpu = seconds(cpu().minus(rawCpuBefore));
      double tableSeconds = tableCopy(rows);
      BenchReport.print(
          String.format(
              "import rows=%d size=%dMB api=%.2fs (%.0f rows/s) rawCopy=%.2fs (%.0f rows/s)"
                  + " api/raw=%.2f tableCopy=%.2fs (%.0f rows/s) api/table=%.2f"
                  + " heapBefore=%dMB heapAfter=%dMB maxHeap=%dMB rssBefore=%dMB rssAfter=%dMB"
                  + " apiCpu=%.2fs rawCopyCpu=%.2fs api/raw-cpu=%.2f",
              rows,
              Files.size(file) / (1024 * 1024),
              apiSeconds,
              rows / apiSeconds,
              copySeconds,
              rows / copySeconds,
              (rows / apiSeconds) / (rows / copySeconds),
              tableSeconds,
              rows / tableSeconds,
              tableSeconds / apiSeconds,
              heapBefore >> 20,
              heapAfter >> 20,
              Runtime.getRuntime().maxMemory() >> 20,
              rssBefore >> 10,
              rssAfter >> 10,
              apiCpu,
              rawCpu,
              rawCpu / apiCpu));
      BenchReport.print(
          String.format(
              "P5 csv-rows/s=%.0f vs-copy=%.2f vs-table-copy=%.2f rows=%d rss-mb=%d",
              rows / apiSeconds,
              copySeconds / apiSeconds,
              tableSeconds / apiSeconds,
              rows,
              rssAfter >> 10));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String campaign(String name) {
    Reply created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name",
                name,
                "purpose",
                "APPOINTMENT_CONFIRMATION",
                "pacing",
                Map.of("callsPerSecond", 1, "maxConcurrentCalls", 1),
                "retry",
                Map.of("maxAttempts", 1)));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return created.body().get("id").asText();
  }

  /**
   * The table's own floor: the same contacts, already in their stored form, COPied straight into
   * {@code campaign_contact} for another campaign (its primary and unique keys and four indexes).
   * No import can be cheaper than this on the same database.
   */
  private double tableCopy(int rows) throws SQLException, IOException {
    String id = campaign("table floor " + rows);
    Path text = Files.createTempFile("contacts-", ".tsv");
    try {
      String[] zones = {"America/New_York", "America/Chicago", "America/Denver", "\\N"};
      try (BufferedWriter out = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
        for (int i = 0; i < rows; i++) {
          out.write(id + "\t" + (i + 1) + "\t" + BenchNumbers.number(i) + "\tContact " + i);
          out.write("\t" + zones[i % zones.length]);
          out.write(i % 2 == 0 ? "\t10001\tNY\t" : "\t\\N\t\\N\t");
          out.write("{\"account\":\"ACC-" + i + "\"}\n");
        }
      }
      try (Connection connection = dataSource.getConnection();
          Reader reader = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
        long start = System.nanoTime();
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "COPY campaign_contact (campaign_id, row_number, phone, name, timezone, zip,"
                    + " us_state, custom_parameters) FROM STDIN",
                reader);
        return (System.nanoTime() - start) / 1e9;
      }
    } finally {
      Files.deleteIfExists(text);
    }
  }

  /** COPY of the same file, unparsed and unchecked, into a table with the upload's columns. */
  private double rawCopy(Path file) throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TEMP TABLE IF NOT EXISTS raw_contacts (phone TEXT, name TEXT, timezone TEXT,"
              + " zip TEXT, state TEXT, account TEXT)");
      statement.execute("TRUNCATE raw_contacts");
      long start = System.nanoTime();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY raw_contacts FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /**
   * CPU time used so far by this JVM and by the database's server processes (the postmaster's
   * descendants: the backends of the pool's connections live through the run). On a machine others
   * load, the ratio of CPU times is steadier than the ratio of wall times.
   */
  private Duration cpu() throws SQLException, IOException {
    String directory;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW data_directory")) {
      rs.next();
      directory = rs.getString(1);
    }
    long postmaster =
        Long.parseLong(Files.readAllLines(Path.of(directory, "postmaster.pid")).get(0).trim());
    Duration server =
        ProcessHandle.of(postmaster).stream()
            .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
            .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
            .reduce(Duration.ZERO, Duration::plus);
    return server.plus(ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The JVM's resident set, from /proc (Linux), in KiB; 0 elsewhere. */
  private static long rssKiB() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0);
  }

  private static void write(Path file, int rows) throws IOException {
    String[] zones = {"America/New_York", "America/Chicago", "America/Denver", ""};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("phone,name,timezone,zip,state,account\n");
      for (int i = 0; i < rows; i++) {
        out.write(BenchNumbers.number(i));
        out.write(",Contact ");
        out.write(Integer.toString(i));
        out.write(',');
        out.write(zones[i % zones.length]);
        out.write(i % 2 == 0 ? ",10001,NY," : ",,,");
        out.write("ACC-" + i);
        out.write('\n');
      }
    }
  }
}
