package dev.dialer.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.api.support.ConversationTestSupport;
import java.time.Duration;
import java.time.Instant;
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
 * the agent's next line is the answer, which the sim's callee heard. Screenshots are in
 * api/target/screenshots/.
 */
class LiveCallBrowserTest extends ConversationTestSupport {

  private static final String TO = "+16465556151";
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
