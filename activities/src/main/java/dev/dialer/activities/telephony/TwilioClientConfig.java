package dev.dialer.activities.telephony;

import com.twilio.http.TwilioRestClient;
import dev.dialer.activities.DialerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TwilioClientConfig {

  private static final Logger log = LoggerFactory.getLogger(TwilioClientConfig.class);

  @Bean
  TwilioRestClient twilioRestClient(DialerProperties properties) {
    DialerProperties.TwilioSettings twilio = properties.twilio();
    TwilioRestClient.Builder builder =
        new TwilioRestClient.Builder(twilio.effectiveAccountSid(), twilio.effectiveAuthToken());
    String baseUrl = twilio.effectiveBaseUrl();
    builder.httpClient(new BaseUrlHttpClient(baseUrl));
    log.info(
        "Telephony: {} (account {})",
        twilio.simulated() ? "twilio-sim at " + baseUrl : baseUrl == null ? "Twilio" : baseUrl,
        twilio.effectiveAccountSid());
    return builder.build();
  }
}
