package dev.dialer.workflows.call;

import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validator's refusal of an Update, with a stable code for the api's 400. The SDK hands a
 * validator's failure to the client with its message but not its type, so the code travels at the
 * head of the message: {@code [CODE] what to do}.
 */
public final class UpdateRefusal {

  private static final Pattern CODED = Pattern.compile("^\\[([A-Z_]+)] (.*)$", Pattern.DOTALL);

  private UpdateRefusal() {}

  public static ApplicationFailure of(String code, String message) {
    return ApplicationFailure.newNonRetryableFailure("[" + code + "] " + message, code);
  }

  /** The refusal's code and message, from anywhere in the client exception's causes. */
  public static Optional<String[]> codeAndMessage(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      String message =
          cause instanceof ApplicationFailure failure
              ? failure.getOriginalMessage()
              : cause.getMessage();
      Matcher matcher = CODED.matcher(message == null ? "" : message);
      if (matcher.matches()) {
        return Optional.of(new String[] {matcher.group(1), matcher.group(2)});
      }
    }
    return Optional.empty();
  }
}
