package dev.dialer.api.campaign;

import java.util.List;

/**
 * What an upload added.
 *
 * @param duplicates phones already in the campaign or earlier in the same upload
 * @param rejected the first {@link ContactImporter#MAX_REJECTED_SHOWN} rejected rows
 * @param rejectedCount every rejected row
 */
public record ContactsImported(
    long accepted, long duplicates, List<RejectedRow> rejected, long rejectedCount) {}
