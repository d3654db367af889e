package dev.dialer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code ./dialer demo}'s client: runs a campaign through the REST API over contacts in area codes
 * the compliance rules let it call now, with every twilio-sim outcome in several zones; follows it
 * with a progress bar; checks each contact ended as the sim's script and the campaign's retry rules
 * say, or was rightly not dialed; saves the campaign's report. Exits 0 when every contact is right.
 */
public final class DemoClient {

  static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  /** After its end time a campaign still expires its waiting contacts before it completes. */
  static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final Duration pollInterval;

  DemoClient(PrintStream out, PrintStream err, boolean terminal, Duration pollInterval) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.pollInterval = pollInterval;
  }

  int run(Map<String, String> env) {
    try {
      DemoSettings settings = DemoSettings.fromEnvironment(env);
      DialerApi api = new DialerApi(settings.baseUrl(), settings.apiKey(), new ObjectMapper());
      api.checkAccess();
      CallPlan plan = CallPlan.choose(api::check);
      out.println(plan.describe());
      List<DemoContact> contacts = ContactSpread.spread(plan.areas(), settings.contacts());
      if (contacts.size() < settings.contacts()) {
        out.println(ContactSpread.shortfall(plan.areas(), settings.contacts()));
      }
      return runCampaign(api, settings, plan, contacts);
    } catch (IllegalArgumentException | DialerApiException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private int runCampaign(
      DialerApi api, DemoSettings settings, CallPlan plan, List<DemoContact> contacts) {
    CampaignApi campaigns = new CampaignApi(api);
    Instant endAt = Instant.now().plus(settings.timeout());
    String id =
        campaigns.create(DemoCampaign.request(contacts, endAt, settings.callsPerSecond())).id();
    out.println(
        DemoCampaign.describe(
            id,
            contacts.size(),
            (int) contacts.stream().map(DemoContact::area).distinct().count(),
            settings.callsPerSecond(),
            endAt));
    if (plan.callableNow().isEmpty()) {
      out.println(
          "Compliance holds its contacts back; those whose window does not open before the"
              + " campaign ends expire, at the latest in "
              + ProgressBar.clock(settings.timeout())
              + " (DEMO_TIMEOUT).");
    }
    CampaignWatch watch =
        new CampaignWatch(
            campaigns, id, contacts.size(), new ProgressPrinter(out, terminal), pollInterval);
    boolean over = watch.follow(settings.timeout().plus(CLOSE_GRACE));
    List<ContactView> views = campaigns.contacts(id);
    List<ContactResult> results =
        judge(contacts, views, ClosedAreas.find(plan, contacts, views, api::check));
    out.println();
    out.print(DispositionTable.render(results));
    out.println();
    out.print(ResultSummary.render(results, Instant.now()));
    out.println();
    out.print(DemoConversations.render(api, views));
    if (!over) {
      out.println(
          "The campaign was still "
              + watch.last().status()
              + " "
              + CLOSE_GRACE.toSeconds()
              + " s after its end time (DEMO_TIMEOUT "
              + ProgressBar.clock(settings.timeout())
              + "); the demo stopped waiting.");
    }
    out.println(closingLine(id, watch, views, settings.callsPerSecond()));
    Path report = settings.reportFile(id);
    campaigns.downloadReport(id, report);
    out.println("Report: " + report);
    return results.stream().allMatch(ContactResult::ok) ? 0 : 1;
  }

  /** Each demo contact with what the api says of it, matched by phone number. */
  static List<ContactResult> judge(
      List<DemoContact> contacts, List<ContactView> views, Set<AreaCode> closed) {
    Map<String, ContactView> byPhone =
        views.stream()
            .filter(view -> view.phone() != null)
            .collect(Collectors.toMap(ContactView::phone, Function.identity(), (a, b) -> a));
    return contacts.stream()
        .map(
            contact ->
                new ContactResult(
                    contact, byPhone.get(contact.phone()), closed.contains(contact.area())))
        .toList();
  }

  /** {@code Campaign c-1: COMPLETED in 0:42 · 287 calls · 6.8 calls/s on average, 19.6 at peak}. */
  private static String closingLine(
      String id, CampaignWatch watch, List<ContactView> views, double pacing) {
    long calls =
        watch.last().attempts() != null
            ? watch.last().attempts()
            : views.stream().mapToLong(ContactView::attemptsOrZero).sum();
    double seconds = watch.elapsed().toMillis() / 1000.0;
    return String.format(
        Locale.ROOT,
        "Campaign %s: %s in %s · %d calls · %.1f calls/s on average, %.1f at peak (pacing %s).",
        id,
        watch.last().status(),
        ProgressBar.clock(watch.elapsed()),
        calls,
        seconds > 0 ? calls / seconds : 0,
        watch.peakCps(),
        DemoCampaign.formatCps(pacing));
  }
}
