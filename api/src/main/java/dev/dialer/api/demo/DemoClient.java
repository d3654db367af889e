package dev.dialer.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./dialer demo}'s client: places one call per twilio-sim outcome through the REST API, in
 * area codes the compliance rules let it call now where there are any, follows them to their end
 * and checks each ended as the sim's script says or was rightly not dialed by the compliance rules.
 * Exits 0 when all did.
 */
public final class DemoClient {

  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  DemoClient(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    // The report has ✓, ✗ and ·, whatever the platform's default charset is.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.exit(new DemoClient(out, System.err, System.console() != null).run(System.getenv()));
  }

  int run(Map<String, String> env) {
    try {
      DemoSettings settings = DemoSettings.fromEnvironment(env);
      DialerApi api = new DialerApi(settings.baseUrl(), settings.apiKey(), new ObjectMapper());
      api.checkAccess();
      CallPlan plan = CallPlan.choose(api::check);
      out.println(plan.describe());
      out.println(
          "Placing "
              + plan.calls().size()
              + " calls through "
              + settings.baseUrl()
              + "; twilio-sim answers each by its last digit.");
      long started = System.nanoTime();
      List<DemoRow> rows = place(api, plan.calls());
      boolean finished = follow(api, rows, started, settings.timeout());
      out.println();
      out.print(ResultTable.render(rows, Instant.now()));
      if (!finished) {
        out.println(
            "Stopped waiting after "
                + settings.timeout().toSeconds()
                + "s (DEMO_TIMEOUT); calls still running count as wrong.");
      }
      return rows.stream().allMatch(DemoRow::ok) ? 0 : 1;
    } catch (IllegalArgumentException | DialerApiException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private static List<DemoRow> place(DialerApi api, List<DemoCall> calls) {
    List<DemoRow> rows = new ArrayList<>();
    for (DemoCall call : calls) {
      rows.add(new DemoRow(call, api.place(call.to())));
    }
    return rows;
  }

  /** Polls until every call is done or the timeout passes; true when all are done. */
  private boolean follow(DialerApi api, List<DemoRow> rows, long started, Duration timeout) {
    ProgressPrinter progress = new ProgressPrinter(out, terminal);
    try {
      while (true) {
        for (int i = 0; i < rows.size(); i++) {
          DemoRow row = rows.get(i);
          if (!row.latest().done()) {
            rows.set(i, row.withLatest(api.get(row.latest().callId())));
          }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        progress.show(Progress.of(rows), elapsed);
        if (rows.stream().allMatch(row -> row.latest().done())) {
          return true;
        }
        if (elapsed.compareTo(timeout) >= 0) {
          return false;
        }
        sleep(POLL_INTERVAL);
      }
    } finally {
      progress.finish();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DialerApiException("Interrupted while following the calls.");
    }
  }
}
