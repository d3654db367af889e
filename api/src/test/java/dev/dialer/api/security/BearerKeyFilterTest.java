package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.DialerProperties;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/** The log MDC of a request carries its key's id while the request runs, and only then. */
class BearerKeyFilterTest {

  private static final String KEY = "filter-test-key";

  private final DialerProperties properties =
      new DialerProperties(
          URI.create("http://127.0.0.1:8080"),
          KEY,
          Path.of(".dialer"),
          "",
          null,
          null,
          null,
          List.of(),
          new DialerProperties.SecuritySettings(300, 20, List.of()));
  private final JsonErrors errors = new JsonErrors(new ObjectMapper());
  private final RequestAttributeSecurityContextRepository repository =
      new RequestAttributeSecurityContextRepository();
  private final BearerKeyFilter filter =
      new BearerKeyFilter(
          new ProviderManager(new ApiKeyAuthenticationProvider(new ApiKeys(properties))),
          new UnauthorizedEntryPoint(errors),
          new FailedAuthLimiter(properties),
          errors,
          repository);

  @Test
  void givenAKnownKey_theRequestRunsWithItsKeyIdInTheMdc_andTheMdcIsClearedAfter()
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/calls");
    request.setServletPath("/api/calls");
    request.addHeader("Authorization", "Bearer " + KEY);
    AtomicReference<String> inRequest = new AtomicReference<>();

    filter.doFilter(
        request, new MockHttpServletResponse(), (req, res) -> inRequest.set(MDC.get("keyId")));

    assertThat(inRequest.get()).isEqualTo(ApiKeys.keyId(Role.ADMIN, KEY)).doesNotContain(KEY);
    assertThat(MDC.get("keyId")).isNull();
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    assertThat(repository.loadDeferredContext(request).get().getAuthentication().getName())
        .as("kept on the request for its async and error dispatches")
        .isEqualTo(inRequest.get());
  }

  @Test
  void givenAWrongKey_itIsAnswered401_andTheChainDoesNotRun() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/calls");
    request.setServletPath("/api/calls");
    request.addHeader("Authorization", "Bearer wrong");
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<Boolean> ran = new AtomicReference<>(false);

    filter.doFilter(request, response, (req, res) -> ran.set(true));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentAsString()).contains("\"UNAUTHORIZED\"").doesNotContain("wrong");
    assertThat(ran.get()).isFalse();
  }
}
