package dev.dialer.activities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * A map of strings as a JSONB column holds it: custom parameters, webhook form fields. Null and
 * empty maps are {@code {}}; a NULL column reads as an empty map.
 */
public final class StringMapJson {

  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private StringMapJson() {}

  public static String write(ObjectMapper json, Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return "{}";
    }
    try {
      return json.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a map of strings is not serializable", e);
    }
  }

  /**
   * @param column the column read, for the error when it holds something else
   */
  public static Map<String, String> read(ObjectMapper json, String text, String column) {
    if (text == null) {
      return Map.of();
    }
    try {
      return json.readValue(text, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          column + " holds JSON that is not an object of strings: " + text, e);
    }
  }
}
