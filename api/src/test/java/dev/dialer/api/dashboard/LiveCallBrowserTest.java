package dev.dialer.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.api.support.ConversationTestSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
 * A live conversation in headless Chromium, with the media worker talking to the sim's callee: the
 * call page opened before the callee answers shows the transcript as it is spoken; persona 5's
 * question shows as a pending clarification with a countdown (5 s here), answered from its box, and
 * the agent's next line is the answer, which the sim's callee heard. A campaign's call asks on the
 * page of all pending clarifications, with the campaign calls' 45 s to answer. Screenshots are in
 * api/target/screenshots/.
 */
class LiveCallBrowserTest extends ConversationTestSupport {

  private static final String TO = "+16465556151";
  private static final String CAMPAIGN_TO = "+16465557151";
  private static final String QUESTION = "What is my exact balance including the late fees?";
  private static final String ANSWER = "Your balance is 120 dollars including the fees.";

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
  void givenPersona5OnTheLine_whenASupervisorAnswersFromTheCallPage_theAgentShouldSpeakTheAnswer() {
    page.signIn(ApiTestSupport.API_KEY, "admin");
    String callId = call(TO);
    page.open("#/calls/" + callId);

    DashboardPage.await(
        "the callee's question in the transcript",
        () ->
            page.texts("#transcript li[data-type=transcript]").stream()
                .anyMatch(line -> line.contains(QUESTION)));
    WebElement answer = page.awaitElement("#clarifications li[data-call='" + callId + "'] input");
    assertThat(page.text("#clarifications li[data-call='" + callId + "']")).contains(QUESTION);
    String timesOutAt =
        browser
            .findElement(By.cssSelector("#clarifications [data-times-out]"))
            .getDomAttribute("data-times-out");
    JsonNode listed = pending(callId);
    assertThat(timesOutAt).isEqualTo(listed.path("timesOutAt").asText());
    assertThat(
            Duration.between(
                Instant.parse(listed.path("waitingSince").asText()), Instant.parse(timesOutAt)))
        .as("the test's clarification timeout")
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(answer.getDomAttribute("id"))
        .as("the answer box is labelled")
        .isEqualTo(
            browser.findElement(By.cssSelector("#clarifications label")).getDomAttribute("for"));
    answer.sendKeys(ANSWER);
    Browser.screenshot(browser, "7-clarification-pending");
    new Actions(browser).sendKeys(Keys.ENTER).perform();

    DashboardPage.await(
        "the agent's answer in the transcript",
        () ->
            page.texts("#transcript li[data-type=assistant_reply]").stream()
                .anyMatch(line -> line.contains("agent: " + ANSWER)));
    DashboardPage.await(
        "the answered question gone from the pending list",
        () -> browser.findElements(By.cssSelector("#clarifications li[data-call]")).isEmpty());
    awaitHeard(TO, "agent: " + ANSWER);
    assertThat(heard(TO)).contains("callee: " + QUESTION);
    Browser.screenshot(browser, "8-clarification-answered");
  }

  @Test
  void givenACampaignCallAsking_whenAnsweredFromTheClarificationsPage_theCalleeShouldHearIt() {
    page.signIn(ApiTestSupport.API_KEY, "admin");
    page.open("#/clarifications");
    page.awaitElement("#clarifications");
    String campaignId = startCampaign(CAMPAIGN_TO);

    WebElement row =
        Awaitility.await("the campaign call's question on the page")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .ignoreExceptions()
            .until(
                () ->
                    browser.findElements(By.cssSelector("#clarifications li[data-call]")).stream()
                        .filter(li -> li.getText().contains(campaignId))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    String callId = row.getDomAttribute("data-call");
    assertThat(row.getText()).contains(QUESTION);
    JsonNode listed = pending(callId);
    assertThat(listed.path("campaignId").asText()).isEqualTo(campaignId);
    assertThat(
            Duration.between(
                Instant.parse(listed.path("waitingSince").asText()),
                Instant.parse(listed.path("timesOutAt").asText())))
        .as("a campaign call's clarification timeout")
        .isEqualTo(Duration.ofSeconds(45));
    WebElement countdown = row.findElement(By.cssSelector(".countdown"));
    String first = countdown.getText();
    assertThat(first).endsWith(" s");
    DashboardPage.await("the countdown to tick", () -> !countdown.getText().equals(first));
    Browser.screenshot(browser, "9-clarifications-page");
    Browser.phoneScreenshot(browser, "9-clarifications-page-phone");

    row.findElement(By.cssSelector("input")).sendKeys(ANSWER, Keys.ENTER);

    DashboardPage.await(
        "the answered question gone from the page",
        () ->
            browser
                .findElements(By.cssSelector("#clarifications li[data-call='" + callId + "']"))
                .isEmpty());
    awaitHeard(CAMPAIGN_TO, "agent: " + ANSWER);
  }

  private static String startCampaign(String to) {
    ApiClient.Reply created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name", "Clarifications page",
                "purpose", "APPOINTMENT_CONFIRMATION",
                "pacing", Map.of("callsPerSecond", 1, "maxConcurrentCalls", 1)));
    assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    ApiClient.Reply uploaded =
        api.send(
            api.request("/api/campaigns/" + id + "/contacts")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("phone\n" + to + "\n"))
                .build());
    assertThat(uploaded.status()).as("upload: %s", uploaded.body()).isBetween(200, 201);
    ApiClient.Reply started = api.post("/api/campaigns/" + id + "/start", Map.of());
    assertThat(started.status()).as("start: %s", started.body()).isBetween(200, 202);
    return id;
  }

  private static JsonNode pending(String callId) {
    for (JsonNode row :
        api.get("/api/clarifications?status=pending").body().path("clarifications")) {
      if (callId.equals(row.path("callId").asText())) {
        return row;
      }
    }
    throw new AssertionError("no pending clarification of " + callId);
  }
}
