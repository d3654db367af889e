package dev.dialer.api.campaign;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON array of contact objects, read element by element with Jackson's streaming parser: only
 * the current contact is ever a tree in memory.
 */
final class JsonContactReader implements ContactReader {

  static final String FIELDS = "phone, name, timezone, zip, state, customParameters";

  private final JsonParser parser;
  private long row;

  private JsonContactReader(JsonParser parser) {
    this.parser = parser;
  }

  static JsonContactReader open(ObjectMapper json, InputStream body) throws IOException {
    JsonParser parser = json.createParser(body);
    JsonToken first;
    try {
      first = parser.nextToken();
    } catch (JsonProcessingException e) {
      first = null;
    }
    if (first != JsonToken.START_ARRAY) {
      throw ApiException.invalid(
          null,
          "Send contacts as a JSON array of objects such as"
              + " [{\"phone\":\"+14155550123\",\"name\":\"Ada\"}].");
    }
    return new JsonContactReader(parser);
  }

  @Override
  public ContactRow next() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        return null;
      }
      if (token == null) {
        throw ApiException.invalid(null, "The JSON array ends early, after row " + row + ".");
      }
      JsonNode node = parser.readValueAsTree();
      row++;
      return row(row, node);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw ContactReader.unreadableRow(
          row + 1,
          "JSON",
          at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
          e);
    }
  }

  /** One contact object as a row; anything but text where text belongs rejects the row. */
  static ContactRow row(long row, JsonNode node) {
    if (node == null || !node.isObject()) {
      return ContactRow.rejected(row, null, "a contact must be a JSON object with " + FIELDS);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "phone", "name", "timezone", "zip", "state" -> {
          if (value.isContainerNode()) {
            return ContactRow.rejected(row, name, name + " must be text");
          }
          fields.put(name, value.isNull() ? null : value.asText());
        }
        case "customParameters" -> {
          if (value.isNull()) {
            continue;
          }
          if (!value.isObject()) {
            return ContactRow.rejected(
                row, name, "customParameters must be an object of names to text values");
          }
          for (Map.Entry<String, JsonNode> parameter : value.properties()) {
            if (parameter.getValue().isContainerNode() || parameter.getValue().isNull()) {
              return ContactRow.rejected(
                  row, name + "." + parameter.getKey(), "a custom parameter's value must be text");
            }
            parameters.put(parameter.getKey(), parameter.getValue().asText());
          }
        }
        default -> {
          return ContactRow.rejected(
              row, name, "unknown field '" + name + "'; a contact has " + FIELDS);
        }
      }
    }
    return new ContactRow(
        row,
        fields.get("phone"),
        fields.get("name"),
        fields.get("timezone"),
        fields.get("zip"),
        fields.get("state"),
        parameters,
        null);
  }
}
