package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds contacts to a campaign from a reader, checking each row and writing them in batches: rows
 * are read and checked on one thread ({@link CheckedRows}) while this one writes the batch before
 * ({@link ContactBatch}). An upload is one transaction: a body that breaks off adds nothing.
 * Uploads to one campaign take turns, so that row numbers keep each upload's order.
 */
@Component
class ContactImporter {

  static final int BATCH = 20_000;
  static final int MAX_REJECTED_SHOWN = 1_000;

  private final DataSource dataSource;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  ContactImporter(DataSource dataSource, TransactionTemplate transaction, ObjectMapper json) {
    this.dataSource = dataSource;
    this.transaction = transaction;
    this.json = json;
  }

  /** Joins the caller's transaction when there is one. */
  ContactsImported importAll(String campaignId, ContactReader reader) {
    return transaction.execute(
        status -> {
          Connection connection = DataSourceUtils.getConnection(dataSource);
          try {
            return run(connection, campaignId, reader);
          } catch (SQLException e) {
            throw new IllegalStateException("the contacts could not be stored: " + e, e);
          } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
          }
        });
  }

  private ContactsImported run(Connection connection, String campaignId, ContactReader reader)
      throws SQLException {
    long base = lockAndFindLastRow(connection, campaignId);
    ContactBatch batch = new ContactBatch(connection);
    long accepted = 0;
    long duplicates = 0;
    try (CheckedRows rows = CheckedRows.start(reader, campaignId, base, json)) {
      ContactCopy.Batch next;
      while ((next = rows.next()) != null) {
        long inserted = batch.store(campaignId, next);
        accepted += inserted;
        duplicates += next.duplicates() + next.rows() - inserted;
      }
      return new ContactsImported(
          accepted, duplicates, List.copyOf(rows.rejected()), rows.rejectedCount());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the upload was interrupted", e);
    }
  }

  /**
   * Takes this campaign's upload turn, then a key-share lock on its row until the upload commits:
   * the campaign's workflow locks the row before it stores a final status and counts the waiting
   * contacts after, so it either waits for these contacts and dials them, or has ended already and
   * the upload is refused here. Status and settings changes do not wait for the upload.
   */
  private static long lockAndFindLastRow(Connection connection, String campaignId)
      throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "campaign_contact:" + campaignId);
      lock.execute();
    }
    try (PreparedStatement campaign =
        connection.prepareStatement(
            "SELECT status FROM campaign WHERE campaign_id = ? FOR KEY SHARE")) {
      campaign.setString(1, campaignId);
      try (ResultSet rs = campaign.executeQuery()) {
        if (!rs.next()) {
          throw CampaignErrors.notFound(campaignId);
        }
        String status = rs.getString(1);
        if (CampaignStatus.valueOf(status).isFinal()) {
          throw CampaignErrors.ended(campaignId, status, "given contacts");
        }
      }
    }
    try (PreparedStatement last =
        connection.prepareStatement(
            "SELECT COALESCE(max(row_number), 0) FROM campaign_contact WHERE campaign_id = ?")) {
      last.setString(1, campaignId);
      try (ResultSet rs = last.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
