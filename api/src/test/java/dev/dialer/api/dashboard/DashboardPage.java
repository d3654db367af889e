package dev.dialer.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The dashboard in a browser, read and driven the way a person would: waits on what shows. */
record DashboardPage(ChromeDriver browser, String baseUrl) {

  void open(String hash) {
    browser.get(baseUrl + "/dashboard/" + hash);
  }

  /** Types the key into the sign-in form (it has focus) and waits for the role to show. */
  void signIn(String key, String role) {
    open("");
    WebElement input = awaitElement("#key-input");
    await("the key field to have focus", () -> "key-input".equals(focused().getDomAttribute("id")));
    new Actions(browser).sendKeys(key, Keys.ENTER).perform();
    await("signed in", () -> text("#who").contains("(" + role + ")"));
    assertThat(input.isDisplayed()).isFalse();
  }

  WebElement focused() {
    return browser.switchTo().activeElement();
  }

  String text(String css) {
    List<WebElement> found = browser.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  WebElement awaitElement(String css) {
    await(css, () -> !browser.findElements(By.cssSelector(css)).isEmpty());
    return browser.findElement(By.cssSelector(css));
  }

  static void await(String what, Supplier<Boolean> condition) {
    Awaitility.await(what)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(condition::get);
  }
}
