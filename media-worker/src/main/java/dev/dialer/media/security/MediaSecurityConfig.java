package dev.dialer.media.security;

import dev.dialer.media.MediaProperties;
import dev.dialer.media.metrics.ScrapeToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default. {@code /relay} is opened on purpose: Twilio cannot log in, and the handler
 * checks the call's signed relay token before it does anything, the model call included. {@code
 * /stream} checks its token on {@code start}; {@code /listen} checks its own before the upgrade.
 * Health is open for orchestrators; Prometheus scrapes with a token of its own ({@link
 * ScrapeToken}); everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HttpSecurity.class)
class MediaSecurityConfig {

  @Bean
  SecurityFilterChain mediaSecurity(HttpSecurity http, MediaProperties properties)
      throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/relay", "/stream", "/listen")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(new ScrapeToken(properties.metricsToken()))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .cors(Customizer.withDefaults())
        .build();
  }
}
