package dev.dialer.activities;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.annotation.Validated;

/**
 * The api deployable's settings, one tree. Environment variables map onto it in the api's
 * application.yml (DATABASE_URL, TWILIO_*, PUBLIC_BASE_URL, …).
 *
 * @param publicBaseUrl where Twilio reaches this service: callback URLs and signature checks use
 *     it, so it must be exactly the URL Twilio calls
 * @param apiKey the admin bearer key for /api/** (DIALER_API_KEY); when neither it nor {@code
 *     apiKeys} is set, one is generated into {@code home}/api-key
 * @param home local state (the embedded database) when no DATABASE_URL is given
 * @param databaseUrl a PostgreSQL URL (postgres://user:pass@host:port/db or jdbc:postgresql://…);
 *     blank means embedded
 * @param apiKeys more keys, each {@code role:key} with role admin, supervisor or viewer
 *     (DIALER_API_KEYS, comma-separated)
 * @param security rate limits and CORS of the REST API
 * @param compliance how the compliance engine tells one person from another
 */
@Validated
@ConfigurationProperties("dialer")
public record DialerProperties(
    @NotNull @DefaultValue("http://127.0.0.1:8080") URI publicBaseUrl,
    @DefaultValue("") String apiKey,
    @NotNull @DefaultValue(".dialer") Path home,
    @DefaultValue("") String databaseUrl,
    @Valid @NotNull @DefaultValue TwilioSettings twilio,
    @Valid @NotNull @DefaultValue MediaSettings media,
    @Valid @NotNull @DefaultValue WebhookSettings webhooks,
    @NotNull @DefaultValue("") List<String> apiKeys,
    @Valid @NotNull @DefaultValue SecuritySettings security,
    @Valid @NotNull @DefaultValue ComplianceSettings compliance) {

  /**
   * These settings as Spring binds them from {@code dialer.*} properties (relaxed names, e.g.
   * {@code dialer.twilio.sim-url}), every other one at its default: for code that builds the
   * settings outside a Spring context, such as tests and tools, so that a new setting does not
   * break each of them.
   */
  public static DialerProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("dialer", DialerProperties.class);
  }

  /** The constructor Spring binds, now that there are two. */
  @ConstructorBinding
  public DialerProperties {}

  /** Keeps the constructor every caller used before compliance settings existed. */
  public DialerProperties(
      URI publicBaseUrl,
      String apiKey,
      Path home,
      String databaseUrl,
      TwilioSettings twilio,
      MediaSettings media,
      WebhookSettings webhooks,
      List<String> apiKeys,
      SecuritySettings security) {
    this(
        publicBaseUrl,
        apiKey,
        home,
        databaseUrl,
        twilio,
        media,
        webhooks,
        apiKeys,
        security,
        new ComplianceSettings(ComplianceSettings.DEFAULT_PERSON_KEY));
  }

  /**
   * @param personKey the custom parameter of a call or contact that names the person (an account
   *     id): frequency caps count calls to every number that carries the same value
   */
  public record ComplianceSettings(@NotBlank @DefaultValue("accountId") String personKey) {
    public static final String DEFAULT_PERSON_KEY = "accountId";
  }

  /**
   * @param accountSid blank means twilio-sim at {@code simUrl} with the sim's credentials
   * @param baseUrl for real accounts: another Twilio-compatible endpoint; blank means Twilio
   * @param callerId the From number when a request gives none
   * @param ringTimeout how long Twilio lets the phone ring (Twilio's Timeout)
   * @param machineDetection Twilio's MachineDetection mode; the result arrives asynchronously
   * @param amdVerdictWait how long a call with a voicemail message is held in silence for its AMD
   *     verdict before the agent is connected anyway (a bit above Twilio's MachineDetectionTimeout
   *     default, 30 s)
   */
  public record TwilioSettings(
      @DefaultValue("") String accountSid,
      @DefaultValue("") String authToken,
      @DefaultValue("") String baseUrl,
      @DefaultValue("http://127.0.0.1:8082") String simUrl,
      @DefaultValue("+14155550100") String callerId,
      @DefaultValue("30s") Duration ringTimeout,
      @DefaultValue("DetectMessageEnd") String machineDetection,
      @NotNull @DefaultValue("35s") Duration amdVerdictWait) {

    /** The sim's default credentials, so that the two start together with no configuration. */
    public static final String SIM_ACCOUNT_SID = "AC00000000000000000000000000000000";

    public static final String SIM_AUTH_TOKEN = "twilio-sim-auth-token";

    public boolean simulated() {
      return accountSid.isBlank();
    }

    public String effectiveAccountSid() {
      return simulated() ? SIM_ACCOUNT_SID : accountSid;
    }

    public String effectiveAuthToken() {
      return simulated() ? SIM_AUTH_TOKEN : authToken;
    }

    /** The REST base URL, or null for Twilio itself. */
    public String effectiveBaseUrl() {
      if (simulated()) {
        return simUrl;
      }
      return baseUrl.isBlank() ? null : baseUrl;
    }
  }

  /**
   * @param relayUrl the media worker's ConversationRelay WebSocket, put into the TwiML
   * @param relaySecret signs the per-call token the media worker checks; generated when blank
   * @param maxCallDuration the longest a call may last, and so how long its relay token is good
   * @param clarificationTimeout how long a single call's agent holds the line for a supervisor's
   *     answer before its fallback line (DIALER_CLARIFICATION_TIMEOUT)
   */
  public record MediaSettings(
      @DefaultValue("ws://127.0.0.1:8081/relay") String relayUrl,
      @DefaultValue("") String relaySecret,
      @NotNull @DefaultValue("PT1H") Duration maxCallDuration,
      @NotNull @DefaultValue("PT45S") Duration clarificationTimeout) {

    @ConstructorBinding
    public MediaSettings {}

    public MediaSettings(String relayUrl, String relaySecret, Duration maxCallDuration) {
      this(relayUrl, relaySecret, maxCallDuration, Duration.ofSeconds(45));
    }
  }

  /**
   * @param relayInterval how often undelivered webhooks are signalled again
   * @param maxBackoff the longest wait between two deliveries of one webhook
   * @param reconcileAfter how long a campaign's call waits without a status callback before it asks
   *     Twilio (DIALER_RECONCILE_AFTER): the longest a lost final callback keeps a call open. Given
   *     to each call in its request, so a change reaches new calls only
   */
  public record WebhookSettings(
      @DefaultValue("1s") Duration relayInterval,
      @DefaultValue("1m") Duration maxBackoff,
      @NotNull @DefaultValue("PT2M") Duration reconcileAfter) {}

  /**
   * @param rateLimitPerMinute creations (calls, campaigns, contact uploads, overrides) per key and
   *     minute, refused ones included
   * @param failedAuthPerMinute wrong keys per client address and minute before it is answered 429
   *     without the key being compared
   * @param corsOrigins origins a browser may call the API from; empty: same origin only
   */
  public record SecuritySettings(
      @Min(1) @DefaultValue("300") int rateLimitPerMinute,
      @Min(1) @DefaultValue("20") int failedAuthPerMinute,
      @NotNull @DefaultValue("") List<String> corsOrigins) {}
}
