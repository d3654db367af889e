package dev.dialer.api.campaign;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.dialer.api.web.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CSV with a header row, read row by row: columns phone, name, timezone, zip and state (any
 * case); every other column becomes a custom parameter of that name. Blank cells are absent values.
 */
final class CsvContactReader implements ContactReader {

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private final MappingIterator<String[]> rows;
  private final CsvHeader header;
  private long row;

  private CsvContactReader(MappingIterator<String[]> rows, CsvHeader header) {
    this.rows = rows;
    this.header = header;
  }

  static CsvContactReader open(InputStream body, Charset charset) throws IOException {
    MappingIterator<String[]> rows =
        CSV.readerFor(String[].class)
            .readValues(new BufferedReader(new InputStreamReader(body, charset), 1 << 16));
    try {
      if (!rows.hasNextValue()) {
        throw ApiException.invalid(
            null, "The CSV is empty; its first row must be a header such as phone,name,timezone.");
      }
      return new CsvContactReader(rows, CsvHeader.of(rows.nextValue()));
    } catch (JsonProcessingException e) {
      // A header row with a stray quote is the client's mistake, like any other row's (400).
      JsonLocation at = e.getLocation();
      throw ApiException.invalid(
          "header",
          "The header row is not valid CSV"
              + (at == null ? "" : " (line " + at.getLineNr() + ")")
              + ": "
              + e.getOriginalMessage()
              + ". Nothing was added.");
    }
  }

  @Override
  public ContactRow next() throws IOException {
    String[] cells;
    try {
      if (!rows.hasNextValue()) {
        return null;
      }
      cells = rows.nextValue();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw ContactReader.unreadableRow(
          row + 1, "CSV", at == null ? "" : "line " + at.getLineNr(), e);
    }
    row++;
    for (int i = header.width(); i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return ContactRow.rejected(
            row,
            null,
            "the row has " + cells.length + " cells but the header has " + header.width());
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    header
        .custom()
        .forEach(
            (index, name) -> {
              String value = cell(cells, index);
              if (value != null) {
                parameters.put(name, value);
              }
            });
    return new ContactRow(
        row,
        cell(cells, header.phone()),
        cell(cells, header.name()),
        cell(cells, header.timezone()),
        cell(cells, header.zip()),
        cell(cells, header.state()),
        parameters,
        null);
  }

  private static String cell(String[] cells, int index) {
    if (index < 0 || index >= cells.length || cells[index].isBlank()) {
      return null;
    }
    return cells[index];
  }
}
