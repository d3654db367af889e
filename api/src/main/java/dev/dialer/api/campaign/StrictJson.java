package dev.dialer.api.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.dialer.api.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a campaign body into its record, refusing fields it does not know: a misspelt {@code
 * "pacng"} must not silently leave the default pacing in place.
 */
@Component
class StrictJson {

  private final ObjectMapper strict;

  StrictJson(ObjectMapper json) {
    this.strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  <T> T read(JsonNode body, Class<T> type) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      throw ApiException.invalid(null, "The request body is required.");
    }
    if (!body.isObject()) {
      throw ApiException.invalid(null, "The request body must be a JSON object.");
    }
    try {
      return strict.treeToValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      String field = path(e);
      List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      throw ApiException.invalid(
          field, "Unknown field '" + field + "'; known here: " + known + ".");
    } catch (InvalidFormatException e) {
      String field = path(e);
      throw ApiException.invalid(
          field, "'" + field + "' has the wrong type: " + e.getValue() + " is not valid there.");
    } catch (JsonMappingException e) {
      String field = path(e);
      throw ApiException.invalid(
          field.isEmpty() ? null : field, "'" + field + "' has the wrong type.");
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(null, "The request body could not be read: " + e.getMessage());
    }
  }

  /** The field as the API names it: {@code retry.delays.BUSY}, {@code contacts[3].phone}. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
