package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.activities.SqlTimes;
import dev.dialer.activities.StringMapJson;
import dev.dialer.workflows.campaign.ContactState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A campaign's contacts in upload order, a page at a time. */
@Repository
class ContactQueries {

  private static final String FILTER =
      " FROM campaign_contact WHERE campaign_id = :id"
          + " AND (CAST(:state AS TEXT) IS NULL OR state = :state)";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ContactQueries(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  ContactPage page(String campaignId, ContactState state, int limit, int offset) {
    String stateName = state == null ? null : state.name();
    long total =
        jdbc.sql("SELECT count(*)" + FILTER)
            .param("id", campaignId)
            .param("state", stateName)
            .query(Long.class)
            .single();
    List<ContactView> contacts =
        jdbc.sql(
                "SELECT contact_id, row_number, phone, name, state, attempts, next_eligible_at,"
                    + " last_disposition, last_call_id, note,"
                    + " custom_parameters::text AS custom_parameters"
                    + FILTER
                    + " ORDER BY row_number, contact_id LIMIT :limit OFFSET :offset")
            .param("id", campaignId)
            .param("state", stateName)
            .param("limit", limit)
            .param("offset", offset)
            .query(this::map)
            .list();
    return new ContactPage(total, limit, offset, contacts);
  }

  private ContactView map(ResultSet rs, int row) throws SQLException {
    return new ContactView(
        rs.getLong("contact_id"),
        rs.getLong("row_number"),
        rs.getString("phone"),
        rs.getString("name"),
        ContactState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        SqlTimes.instant(rs, "next_eligible_at"),
        rs.getString("last_disposition"),
        rs.getString("last_call_id"),
        rs.getString("note"),
        parameters(rs.getString("custom_parameters")));
  }

  private Map<String, String> parameters(String text) {
    return StringMapJson.read(json, text, "campaign_contact.custom_parameters");
  }
}
