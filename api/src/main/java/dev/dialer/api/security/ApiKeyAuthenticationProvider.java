package dev.dialer.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Accepts a {@link BearerKeyToken} whose key is configured. Being a bean, it also stops Spring Boot
 * from creating its default user with a generated password (which it would log).
 */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

  private final ApiKeys keys;

  ApiKeyAuthenticationProvider(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String presented = (String) authentication.getCredentials();
    return keys.find(presented)
        .map(BearerKeyToken::accepted)
        .orElseThrow(() -> new BadCredentialsException("The API key is not valid."));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return BearerKeyToken.class.isAssignableFrom(authentication);
  }
}
