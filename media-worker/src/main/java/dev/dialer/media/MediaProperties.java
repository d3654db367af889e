package dev.dialer.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the media worker can be told, under {@code dialer.media.*}; media-worker.yml maps the
 * documented environment variables ({@code DIALER_LLM}, {@code OPENAI_API_KEY}, …) onto it.
 *
 * @param relaySecret the secret the api signs relay tokens with ({@code DIALER_RELAY_SECRET}); a
 *     worker without one refuses every connection
 * @param host this host's name: its Temporal task queue is {@code media:<host>}
 * @param businessName who the agent says it calls for when the campaign names nobody
 * @param optOutKey the key the disclosure announces for opting out
 * @param silenceTimeout how long the agent waits for the callee before one re-prompt, then an end
 * @param maxTurns agent turns after which the agent says goodbye and ends the call
 * @param llm which model speaks
 * @param temporal where the call workflows are
 * @param twilio what checks that a relay handshake comes from Twilio
 * @param metricsToken the bearer token {@code /actuator/prometheus} answers to ({@code
 *     DIALER_METRICS_TOKEN}); blank refuses every scrape
 * @param listenOrigins browser origins (the dashboard's) allowed to open {@code /listen}
 */
@Validated
@ConfigurationProperties(prefix = "dialer.media")
public record MediaProperties(
    @DefaultValue("") String relaySecret,
    @DefaultValue("local") @NotBlank String host,
    @DefaultValue("Dialer") @NotBlank String businessName,
    @DefaultValue("9") @Pattern(regexp = "[0-9*#]") String optOutKey,
    @DefaultValue("PT10S") @NotNull Duration silenceTimeout,
    @DefaultValue("20") @Min(1) int maxTurns,
    @DefaultValue @Valid @NotNull Llm llm,
    @DefaultValue @Valid @NotNull Temporal temporal,
    @DefaultValue @Valid @NotNull Twilio twilio,
    @DefaultValue("") String metricsToken,
    @DefaultValue("http://127.0.0.1:8080,http://localhost:8080") @NotNull
        List<String> listenOrigins) {

  /**
   * @param authToken Twilio's auth token ({@code TWILIO_AUTH_TOKEN}); blank (the sim) skips the
   *     handshake's X-Twilio-Signature check
   * @param relayUrl the exact relay URL the TwiML emits ({@code MEDIA_RELAY_URL}), which Twilio
   *     signs
   */
  public record Twilio(
      @DefaultValue("") String authToken,
      @DefaultValue("ws://127.0.0.1:8081/relay") @NotBlank String relayUrl) {}

  /**
   * @param provider {@code scripted} (default, offline), {@code openai} or {@code ollama}
   */
  public record Llm(
      @DefaultValue("scripted") @Pattern(regexp = "scripted|openai|ollama") String provider,
      @DefaultValue @Valid @NotNull OpenAi openai,
      @DefaultValue @Valid @NotNull Ollama ollama,
      @DefaultValue("PT30S") @NotNull Duration timeout) {}

  public record OpenAi(
      @DefaultValue("") String apiKey,
      @DefaultValue("https://api.openai.com/v1") @NotBlank String baseUrl,
      @DefaultValue("gpt-4o-mini") @NotBlank String model) {}

  public record Ollama(
      @DefaultValue("http://127.0.0.1:11434") @NotBlank String baseUrl,
      @DefaultValue("llama3.2") @NotBlank String model) {}

  /**
   * @param address host:port of the Temporal frontend
   * @param namespace the namespace the call workflows run in
   * @param enabled off only where no workflow is there to hear (relay tests, benchmarks)
   */
  public record Temporal(
      @DefaultValue("127.0.0.1:7233") @NotBlank String address,
      @DefaultValue("default") @NotBlank String namespace,
      @DefaultValue("true") boolean enabled) {}
}
