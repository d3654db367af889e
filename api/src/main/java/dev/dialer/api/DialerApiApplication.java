package dev.dialer.api;

import dev.dialer.activities.DialerProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dialer's REST API and Twilio webhooks; also hosts the Temporal worker. */
@SpringBootApplication(scanBasePackages = {"dev.dialer.api", "dev.dialer.activities"})
@EnableConfigurationProperties(DialerProperties.class)
@EnableScheduling
public class DialerApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(DialerApiApplication.class, args);
  }
}
