package dev.dialer.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A bearer key as presented (not yet authenticated, holding the key) or as accepted (holding only
 * the key's principal: the key itself is dropped once compared).
 */
final class BearerKeyToken extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient ApiPrincipal principal;
  private String key;

  private BearerKeyToken(String key, ApiPrincipal principal) {
    super(
        principal == null
            ? List.of()
            : List.of(new SimpleGrantedAuthority(principal.role().authority())));
    this.key = key;
    this.principal = principal;
    setAuthenticated(principal != null);
  }

  static BearerKeyToken presented(String key) {
    return new BearerKeyToken(key, null);
  }

  static BearerKeyToken accepted(ApiPrincipal principal) {
    return new BearerKeyToken(null, principal);
  }

  @Override
  public Object getCredentials() {
    return key;
  }

  @Override
  public Object getPrincipal() {
    return principal;
  }

  /** The key id, never the key: Spring Security puts this name in its own log lines. */
  @Override
  public String getName() {
    return principal == null ? "unauthenticated" : principal.keyId();
  }

  @Override
  public void eraseCredentials() {
    super.eraseCredentials();
    key = null;
  }
}
