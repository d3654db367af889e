package dev.dialer.api.security;

import dev.dialer.activities.DialerProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The api's one security chain: bearer keys with roles, decided by {@link AccessRules}; stateless
 * (no session, no cookie, so no CSRF to guard against), no login page, no Basic auth.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  /**
   * No observation per security filter and per authorization decision: Spring Security wraps each
   * of the chain's filters in one (timers and tags for every request) once an ObservationRegistry
   * exists, which cost ~5% of a campaign's CPU, most of it on webhooks (BENCHMARKS.md, "Campaign
   * scale", 2026-12-02). Requests stay observed as a whole by {@code http.server.requests}.
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      DialerProperties properties,
      ApiKeyAuthenticationProvider keys,
      UnauthorizedEntryPoint unauthorized,
      ForbiddenHandler forbidden,
      FailedAuthLimiter failures,
      JsonErrors errors,
      ApiAudit audit)
      throws Exception {
    SecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
    BearerKeyFilter bearer =
        new BearerKeyFilter(new ProviderManager(keys), unauthorized, failures, errors, perRequest);
    http.csrf(AbstractHttpConfigurer::disable)
        .securityContext(context -> context.securityContextRepository(perRequest))
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
        .addFilterAfter(new CreationRateLimit(properties, errors), AuthorizationFilter.class)
        .addFilterBefore(new AuditFilter(audit), CreationRateLimit.class)
        .authorizeHttpRequests(SecurityConfig::applyRules);
    List<String> origins = properties.security().corsOrigins();
    if (origins.stream().allMatch(String::isBlank)) {
      http.cors(AbstractHttpConfigurer::disable);
    } else {
      http.cors(cors -> cors.configurationSource(cors(origins)));
    }
    return http.build();
  }

  private static void applyRules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    for (AccessRule rule : AccessRules.ROWS) {
      var row = registry.requestMatchers(rule.matcher());
      switch (rule.access()) {
        case OPEN -> row.permitAll();
        case DENIED -> row.denyAll();
        case VIEWER, SUPERVISOR, ADMIN -> row.hasRole(rule.access().role().name());
      }
    }
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role(Role.ADMIN.name())
        .implies(Role.SUPERVISOR.name())
        .role(Role.SUPERVISOR.name())
        .implies(Role.VIEWER.name())
        .build();
  }

  /** Spring Security's default firewall, named so that it is plain which one guards the paths. */
  @Bean
  HttpFirewall httpFirewall() {
    return new StrictHttpFirewall();
  }

  private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
    CorsConfiguration config = new CorsConfiguration();
    config.setAllowedOrigins(origins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList());
    config.setAllowedMethods(
        List.of(
            HttpMethod.GET.name(),
            HttpMethod.HEAD.name(),
            HttpMethod.POST.name(),
            HttpMethod.PUT.name(),
            HttpMethod.PATCH.name(),
            HttpMethod.DELETE.name()));
    config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "Accept"));
    config.setExposedHeaders(
        List.of(
            "Location",
            "Retry-After",
            CreationRateLimit.LIMIT,
            CreationRateLimit.REMAINING,
            CreationRateLimit.RESET));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", config);
    return source;
  }
}
