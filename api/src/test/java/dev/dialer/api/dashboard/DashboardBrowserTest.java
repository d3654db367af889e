package dev.dialer.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard in headless Chromium against the real api, Temporal, sim and database: an admin
 * starts a campaign from the keyboard and watches it advance, opens a live call and sees its events
 * and workflow history arrive, and is told next to the controls why a line cannot be said (no media
 * worker runs here: LiveCallBrowserTest has one); a viewer sees no controls and is refused them by
 * the api; a supervisor ends the call. Screenshots are in api/target/screenshots/.
 */
class DashboardBrowserTest extends ApiTestSupport {

  private static final String UNNAMED_CONTROLS =
      """
      return [...document.querySelectorAll('input, select, textarea, button, a[href]')]
        .filter(el => el.offsetParent !== null)
        .filter(el => !(el.getAttribute('aria-label') || (el.labels && el.labels.length)
          || el.textContent.trim()))
        .map(el => el.outerHTML);
      """;

  private static final String SUPERVISOR_LINE = "A supervisor is listening.";

  private ChromeDriver browser;
  private DashboardPage page;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    page = new DashboardPage(browser, api.baseUrl());
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void givenACampaign_whenOperatorsWorkItFromTheDashboard_eachSeesAndMayDoWhatTheirRoleAllows() {
    int line = ThreadLocalRandom.current().nextInt(90_000);
    List<String> quick = List.of(phone(line, 1), phone(line + 1, 2), phone(line + 2, 3));
    String longCall = phone(line + 3, 4);
    sim.scenario(longCall, Map.of("talkMillis", 300_000));
    String campaignId = campaign(quick, longCall);

    signIn(API_KEY, "admin");
    assertThat(unnamedControls()).as("controls without an accessible name").isEmpty();
    browser.get(api.baseUrl() + "/dashboard/#/campaigns/" + campaignId);
    WebElement start = page.awaitElement("button[data-action=start]");
    assertThat(page.awaitElement("#campaign-progress").getDomAttribute("aria-label"))
        .isEqualTo("Progress of Browser test");
    assertThat(unnamedControls()).as("controls without an accessible name").isEmpty();
    Browser.screenshot(browser, "1-campaign-before-start");

    tabTo(start);
    new Actions(browser).sendKeys(Keys.ENTER).perform();

    List<Integer> seen = new ArrayList<>();
    DashboardPage.await(
        "the progress bar to show the three short calls done",
        () -> {
          int value = progress();
          if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
            seen.add(value);
          }
          return value == 3;
        });
    assertThat(seen).as("progress values seen").isSorted().startsWith(0).contains(3);
    assertThat(seen.size()).as("progress seen advancing through %s", seen).isGreaterThan(2);
    assertThat(page.text("#campaign-status")).isEqualTo("RUNNING");
    Browser.screenshot(browser, "2-campaign-running");
    Browser.phoneScreenshot(browser, "2-campaign-running-phone");

    String callId = api.awaitStatus(liveCallTo(longCall), "in-progress").get("callId").asText();
    browser.get(api.baseUrl() + "/dashboard/#/calls");
    page.awaitElement("tr[data-call='" + callId + "'] a").click();
    DashboardPage.await(
        "the call's events", () -> page.text("#call-events").contains("in-progress"));
    DashboardPage.await(
        "the call's history", () -> page.text("#history").contains("Activity task scheduled"));
    assertThat(page.text("#history")).contains("Dial").contains("Workflow execution signaled");
    assertThat(browser.findElements(By.id("end-call"))).hasSize(1);
    assertThat(page.text("section[aria-label=Call]"))
        .as("the call's details")
        .doesNotContain("null");
    assertThat(page.awaitElement("#temporal-link").getDomAttribute("href"))
        .isEqualTo("http://temporal-ui.test:8233/namespaces/default/workflows/call%3A" + callId);
    assertThat(browser.findElements(By.cssSelector("[data-digit]"))).hasSize(12);
    assertThat(unnamedControls()).as("controls without an accessible name").isEmpty();
    WebElement say = page.awaitElement("#say-text");
    tabTo(say);
    assertThat(outline(say)).as("the focus outline of the focused control").isEqualTo("solid");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    DashboardPage.await(
        "the api's error next to the control",
        () -> page.text("#control-result").startsWith("text:"));
    assertThat(page.text("#control-result")).contains("'text' is required");
    new Actions(browser).sendKeys(SUPERVISOR_LINE, Keys.ENTER).perform();
    DashboardPage.await(
        "the workflow's refusal next to the control",
        () -> page.text("#control-result").contains("has no live conversation to speak on"));
    Browser.screenshot(browser, "3-live-call-admin");
    Browser.phoneScreenshot(browser, "3-live-call-admin-phone");

    signOut();
    signIn(VIEWER_KEY, "viewer");
    browser.get(api.baseUrl() + "/dashboard/#/campaigns/" + campaignId);
    page.awaitElement("#campaign-progress");
    DashboardPage.await(
        "the campaigns list", () -> page.text("#campaign-status").equals("RUNNING"));
    assertThat(browser.findElements(By.cssSelector("button[data-action]"))).isEmpty();
    browser.get(api.baseUrl() + "/dashboard/#/calls/" + callId);
    DashboardPage.await(
        "the call's events", () -> page.text("#call-events").contains("in-progress"));
    assertThat(browser.findElements(By.id("end-call"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#say-text, #transfer-to, [data-digit]")))
        .isEmpty();
    assertThat(postFromPage("/api/calls/" + callId + "/end")).isEqualTo(403);
    for (String action : List.of("text", "dtmf", "transfer", "end", "clarification")) {
      assertThat(postFromPage("/api/calls/" + callId + "/override/" + action))
          .as("viewer's override/%s", action)
          .isEqualTo(403);
    }
    assertThat(postFromPage("/api/campaigns/" + campaignId + "/pause")).isEqualTo(403);
    Browser.screenshot(browser, "4-live-call-viewer");

    signOut();
    signIn(SUPERVISOR_KEY, "supervisor");
    browser.get(api.baseUrl() + "/dashboard/#/calls/" + callId);
    page.awaitElement("#end-call").click();
    DashboardPage.await(
        "the outcome event",
        () ->
            !browser.findElements(By.cssSelector("#call-events li[data-type=outcome]")).isEmpty());
    DashboardPage.await("the ended call", () -> page.text("#call-status").equals("completed"));
    Browser.screenshot(browser, "5-call-ended");

    browser.get(api.baseUrl() + "/dashboard/#/campaigns/" + campaignId);
    page.awaitElement("#campaign-progress");
    DashboardPage.await("every contact finished", () -> progress() == 4);
    Browser.screenshot(browser, "6-campaign-done");
  }

  private void signIn(String key, String role) {
    page.signIn(key, role);
    assertThat(browser.executeScript("return sessionStorage.getItem('dialer.key')")).isEqualTo(key);
  }

  private void signOut() {
    browser.findElement(By.id("sign-out")).click();
    page.awaitElement("#key-input");
  }

  /** Moves keyboard focus with Tab alone until it is on the element. */
  private void tabTo(WebElement target) {
    for (int i = 0; i < 80 && !page.focused().equals(target); i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    assertThat(page.focused()).as("reachable with Tab").isEqualTo(target);
  }

  private String outline(WebElement element) {
    return (String)
        browser.executeScript("return getComputedStyle(arguments[0]).outlineStyle", element);
  }

  @SuppressWarnings("unchecked")
  private List<String> unnamedControls() {
    return (List<String>) browser.executeScript(UNNAMED_CONTROLS);
  }

  /** A POST from the page itself, with the key it was signed in with. */
  private int postFromPage(String path) {
    Object status =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', headers: {'Authorization': 'Bearer ' +"
                + " sessionStorage.getItem('dialer.key'), 'Content-Type': 'application/json'},"
                + " body: '{}'}).then(r => done(r.status));",
            path);
    return ((Number) status).intValue();
  }

  private int progress() {
    String value = browser.findElement(By.id("campaign-progress")).getDomProperty("value");
    return (int) Double.parseDouble(value);
  }

  /** A New York number no other test calls; twilio-sim answers numbers ending 0–4. */
  private static String phone(int line, int lastDigit) {
    return "+1212" + (5_000_000 + line * 10 + lastDigit);
  }

  private static String campaign(List<String> quick, String longCall) {
    var created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name", "Browser test",
                "purpose", "APPOINTMENT_CONFIRMATION",
                "pacing", Map.of("callsPerSecond", 1, "maxConcurrentCalls", 4)));
    assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    String csv = "phone\n" + String.join("\n", quick) + "\n" + longCall + "\n";
    var uploaded =
        api.send(
            api.request("/api/campaigns/" + id + "/contacts")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    assertThat(uploaded.status()).as("upload: %s", uploaded.body()).isBetween(200, 201);
    return id;
  }

  private static String liveCallTo(String to) {
    ApiClient viewer = new ApiClient(api.baseUrl(), VIEWER_KEY);
    return Awaitility.await("a call to " + to)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              for (JsonNode call : viewer.get("/api/calls?limit=100").body().get("calls")) {
                if (to.equals(call.get("to").asText())) {
                  return call.get("callId").asText();
                }
              }
              return null;
            },
            callId -> callId != null);
  }
}
