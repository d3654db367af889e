package dev.dialer.workflows.call;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A voicemail message for one callee: {@code {{name}}} is the contact's name, any other {@code
 * {{key}}} the contact's custom parameter of that name. A placeholder with nothing to fill it is
 * left out rather than read out as braces.
 */
public final class VoicemailText {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

  private VoicemailText() {}

  public static String render(String template, String name, Map<String, String> parameters) {
    if (template == null) {
      return null;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group(1);
      String value = "name".equals(key) && name != null ? name : parameters.get(key);
      matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(out);
    return out.toString().replaceAll("\\s{2,}", " ").strip();
  }
}
