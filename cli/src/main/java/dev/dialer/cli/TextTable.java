package dev.dialer.cli;

import java.util.List;

/** Left-aligned columns two spaces apart, as a terminal shows them. */
final class TextTable {

  private TextTable() {}

  /**
   * @param lines the header first; every line as many cells as the header
   */
  static String render(List<List<String>> lines) {
    int[] widths = new int[lines.get(0).size()];
    for (List<String> line : lines) {
      for (int column = 0; column < line.size(); column++) {
        widths[column] = Math.max(widths[column], line.get(column).length());
      }
    }
    StringBuilder table = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int column = 0; column < line.size(); column++) {
        String cell = line.get(column);
        text.append(cell).append(" ".repeat(widths[column] - cell.length() + 2));
      }
      table.append(text.toString().stripTrailing()).append('\n');
    }
    return table.toString();
  }
}
