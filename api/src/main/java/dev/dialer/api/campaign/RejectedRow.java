package dev.dialer.api.campaign;

/**
 * A contact that was not added.
 *
 * @param row the data row, from 1 (a CSV's header is not counted)
 * @param field the field at fault; null when the row as a whole is
 */
public record RejectedRow(long row, String field, String error) {}
