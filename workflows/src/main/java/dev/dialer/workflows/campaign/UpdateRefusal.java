package dev.dialer.workflows.campaign;

import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a campaign's update validator refused an update, written into the failure's message as {@code
 * Kind[field]: reason}. temporal-sdk 1.38 hands the client a validator's failure with its message
 * only, its type and details lost (sdk-java#2875), so the message is what the REST API reads to
 * answer 400 with the field or 409.
 *
 * @param field the REST body's field at fault; null when the refusal is about the campaign itself
 */
public record UpdateRefusal(String kind, String field, String reason) {

  /** A settings change {@link CampaignSettingsRules} refuses. */
  public static final String INVALID_SETTINGS = "InvalidSettings";

  /** An update the campaign can no longer take: it is finished or being canceled. */
  public static final String CAMPAIGN_FINISHED = "CampaignFinished";

  private static final Pattern MESSAGE =
      Pattern.compile(
          "(?s)(?:.*?)(" + INVALID_SETTINGS + "|" + CAMPAIGN_FINISHED + ")(?:\\[([^]]+)])?: (.*)");

  public String message() {
    return kind + (field == null ? "" : "[" + field + "]") + ": " + reason;
  }

  /** The failure a validator throws; type and detail too, for SDKs that keep them. */
  public ApplicationFailure failure() {
    return field == null
        ? ApplicationFailure.newNonRetryableFailure(message(), kind)
        : ApplicationFailure.newNonRetryableFailure(message(), kind, field);
  }

  /** The refusal a failure's message carries, if it is one of these. */
  public static Optional<UpdateRefusal> parse(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = MESSAGE.matcher(message);
    return matcher.matches()
        ? Optional.of(new UpdateRefusal(matcher.group(1), matcher.group(2), matcher.group(3)))
        : Optional.empty();
  }
}
