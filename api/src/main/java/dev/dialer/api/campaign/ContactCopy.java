package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.StringMapJson;
import java.nio.charset.StandardCharsets;

/**
 * Checked contacts as rows of COPY's text format, in {@link #COLUMNS}' order, one batch at a time.
 * The same bytes go straight into {@code campaign_contact} or, when a phone is already there, into
 * the staging table that merges them ({@link ContactBatch}).
 */
final class ContactCopy {

  static final String COLUMNS =
      "(campaign_id, row_number, phone, name, timezone, zip, us_state, custom_parameters)";

  /**
   * @param duplicates rows dropped because an earlier row of the same batch had the phone
   */
  record Batch(byte[] text, int rows, long duplicates) {}

  private final String campaignId;
  private final ObjectMapper json;
  private final StringBuilder buffer = new StringBuilder(1 << 20);
  private int size;
  private long duplicates;

  ContactCopy(String campaignId, ObjectMapper json) {
    this.campaignId = campaignId;
    this.json = json;
  }

  int size() {
    return size;
  }

  long duplicates() {
    return duplicates;
  }

  void duplicate() {
    duplicates++;
  }

  void add(long rowNumber, Contact contact) {
    cell(campaignId).append('\t');
    buffer.append(rowNumber).append('\t');
    cell(contact.phone()).append('\t');
    cell(contact.name()).append('\t');
    cell(contact.timezone()).append('\t');
    cell(contact.zip()).append('\t');
    cell(contact.state()).append('\t');
    cell(StringMapJson.write(json, contact.customParameters())).append('\n');
    size++;
  }

  /** The rows so far, and a fresh start. */
  Batch take() {
    Batch batch = new Batch(buffer.toString().getBytes(StandardCharsets.UTF_8), size, duplicates);
    buffer.setLength(0);
    size = 0;
    duplicates = 0;
    return batch;
  }

  /** A value in COPY's text format: backslash escapes for the characters that delimit. */
  private StringBuilder cell(String value) {
    if (value == null) {
      return buffer.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return buffer;
  }
}
