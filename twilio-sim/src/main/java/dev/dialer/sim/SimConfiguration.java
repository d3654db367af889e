package dev.dialer.sim;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimProperties.class)
class SimConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService callScheduler(SimProperties properties) {
    AtomicInteger counter = new AtomicInteger();
    return Executors.newScheduledThreadPool(
        properties.schedulerThreads(),
        runnable -> {
          Thread thread = new Thread(runnable, "sim-call-" + counter.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  @Bean
  HttpClient webhookHttpClient(SimProperties properties) {
    // HTTP/1.1 because Twilio speaks it to webhooks and an h2c upgrade would only add noise.
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(properties.webhooks().connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }
}
