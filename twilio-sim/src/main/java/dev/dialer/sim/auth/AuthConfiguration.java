package dev.dialer.sim.auth;

import dev.dialer.sim.SimProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards the Twilio REST surface; {@code /sim/**} and the actuator stay open for tests. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

  private final SimProperties properties;

  AuthConfiguration(SimProperties properties) {
    this.properties = properties;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new BasicAuthInterceptor(properties))
        .addPathPatterns("/2010-04-01/Accounts/**");
  }
}
