package dev.dialer.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.workflows.WorkflowIds;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowTaskFailedCause;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One campaign of {@code -Dbench.contacts} contacts (e.g. 100000) at {@code -Dbench.cps} through
 * the real stack and twilio-sim: prints the wall time from start to COMPLETED, the rate achieved,
 * the number of runs the campaign's workflow continued into and the longest history among them, and
 * the longest history among a sample of its calls. Run by bench/campaign-scale.sh.
 */
@EnabledIfSystemProperty(named = "bench.contacts", matches = "\\d+")
class CampaignScaleBenchmark extends ApiTestSupport {

  private static final String CALLER_ID = "+14155550300";

  @Autowired WorkflowClient client;

  @Test
  void scale() throws IOException {
    int contacts = Integer.getInteger("bench.contacts");
    double cps = Double.parseDouble(System.getProperty("bench.cps", "50"));
    int concurrent = Integer.getInteger("bench.concurrent", 500);
    Reply created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name",
                "scale " + contacts,
                "purpose",
                "APPOINTMENT_CONFIRMATION",
                "callerId",
                CALLER_ID,
                "pacing",
                Map.of("callsPerSecond", cps, "maxConcurrentCalls", concurrent),
                "retry",
                Map.of("maxAttempts", 1)));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();

    long importStart = System.nanoTime();
    Reply uploaded =
        api.send(
            api.request("/api/campaigns/" + id + "/contacts")
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv(contacts)))
                .build());
    assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(200);
    assertThat(uploaded.body().get("accepted").asInt()).isEqualTo(contacts);
    double importSeconds = (System.nanoTime() - importStart) / 1e9;

    // A time budget (-Dbench.minutes) ends the wait early: the figures are then those so far.
    Duration budget = Duration.ofMinutes(Integer.getInteger("bench.minutes", 180));
    long start = System.nanoTime();
    CpuClock cpu = CpuClock.now();
    assertThat(api.post("/api/campaigns/" + id + "/start", Map.of()).status()).isEqualTo(202);
    JsonNode done;
    try {
      done = awaitCompleted(id, budget);
    } catch (ConditionTimeoutException overBudget) {
      done = api.get("/api/campaigns/" + id).body();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuClock.Spent cpuSpent = cpu.spent();
    boolean completed = "COMPLETED".equals(done.path("status").asText());
    int ended = completed ? contacts : contacts - open(done.path("counts").path("byState"));
    report(id, contacts, cps, concurrent, importSeconds, seconds, cpuSpent, done, completed, ended);
  }

  private static int open(JsonNode byState) {
    return byState.path("PENDING").asInt()
        + byState.path("DIALING").asInt()
        + byState.path("RETRY").asInt();
  }

  private JsonNode awaitCompleted(String id, Duration budget) {
    return Awaitility.await("campaign " + id)
        .atMost(budget)
        .pollInterval(Duration.ofSeconds(5))
        .until(
            () -> {
              JsonNode body = api.get("/api/campaigns/" + id).body();
              BenchReport.print(
                  "progress "
                      + body.path("counts").path("byState")
                      + " inFlight="
                      + body.path("callsInFlight")
                      + " cps="
                      + body.path("currentCps"));
              return body;
            },
            body -> "COMPLETED".equals(body.path("status").asText()));
  }

  private void report(
      String id,
      int contacts,
      double cps,
      int concurrent,
      double importSeconds,
      double seconds,
      CpuClock.Spent cpu,
      JsonNode done,
      boolean completed,
      int ended)
      throws IOException {

    String workflowId = WorkflowIds.campaign(id);
    int runs = 0;
    int longestRun = 0;
    long refused = 0;
    long signals = 0;
    String runId = "";
    while (runId != null) {
      WorkflowExecutionHistory history = client.fetchHistory(workflowId, runId);
      runs++;
      longestRun = Math.max(longestRun, history.getEvents().size());
      refused += history.getEvents().stream().filter(CampaignScaleBenchmark::refused).count();
      signals +=
          history.getEvents().stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
              .count();
      HistoryEvent first = history.getEvents().get(0);
      String previous =
          first.getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId();
      runId = previous.isEmpty() ? null : previous;
    }
    int longestCall =
        IntStream.range(0, Math.min(200, contacts))
            .map(i -> client.fetchHistory(WorkflowIds.call(callIdOf(id, i))).getEvents().size())
            .max()
            .orElse(0);
    BenchReport.print(
        String.format(
            "scale contacts=%d ended=%d%s cps=%.0f concurrent=%d import=%.1fs wall=%.1fs"
                + " achieved=%.1f/s"
                + " attempts=%s campaignRuns=%d longestCampaignHistory=%d"
                + " longestCallHistory(sample of 200)=%d",
            contacts,
            ended,
            completed ? "" : " (over the time budget: figures so far)",
            cps,
            concurrent,
            importSeconds,
            seconds,
            ended / seconds,
            done.path("attempts").asText(),
            runs,
            longestRun,
            longestCall));
    long rssMb = peakRssMb();
    // Every run but the last closed by one accepted continue-as-new; each refused task was a
    // close (continue-as-new or completion) the server turned down for events that came meanwhile.
    BenchReport.print(
        String.format(
            "scale refusedTasks=%d closeAttempts=%d runs=%d signals=%d peakRssMb=%d",
            refused, refused + runs, runs, signals, rssMb));
    // CPU per ended call from the start to the end of the campaign: on two cores holding the
    // api, the worker, the test server, the sim and PostgreSQL, this is what sets the rate.
    double cpuMsPerCall = cpu.total() * 1000 / Math.max(1, ended);
    BenchReport.print(
        String.format(
            "scale cpu jvm-s=%.1f postgres-s=%.1f cpu-ms-per-call=%.1f cores-busy=%.2f",
            cpu.jvm(), cpu.postgres(), cpuMsPerCall, cpu.total() / seconds));
    BenchReport.print(
        String.format(
            "P6 contacts=%d wall-s=%.1f calls/s=%.1f max-history=%d rss-mb=%d cpu-ms-per-call=%.1f%s",
            ended,
            seconds,
            ended / seconds,
            longestRun,
            rssMb,
            cpuMsPerCall,
            completed ? "" : " partial-of=" + contacts));
  }

  /** A workflow task the server refused because events came while it ran (UnhandledCommand). */
  private static boolean refused(HistoryEvent event) {
    return event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED
        && event.getWorkflowTaskFailedEventAttributes().getCause()
            == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND;
  }

  /** The peak resident set of this JVM (api, worker, test server, sim): VmHWM. */
  private static long peakRssMb() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(-1L);
  }

  /** The first attempt's callId of the {@code row}th contact, from the contacts list. */
  private String callIdOf(String campaignId, int row) {
    return api.get("/api/campaigns/" + campaignId + "/contacts?limit=1&offset=" + row)
        .body()
        .path("contacts")
        .get(0)
        .path("lastCallId")
        .asText();
  }

  /** The upload, generated as it is read: a 100k-row file never sits in memory. */
  private static InputStream csv(int rows) {
    InputStream header = stream("phone,name,account\n");
    return new SequenceInputStream(
        header,
        new InputStream() {
          private int row;
          private byte[] buffer = new byte[0];
          private int position;

          @Override
          public int read() {
            if (position == buffer.length) {
              if (row == rows) {
                return -1;
              }
              buffer =
                  (BenchNumbers.number(row) + ",Contact " + row + ",ACC-" + row + "\n")
                      .getBytes(StandardCharsets.UTF_8);
              position = 0;
              row++;
            }
            return buffer[position++];
          }
        });
  }

  private static InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
