package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.activities.DialerProperties;
import dev.dialer.api.recording.RecordingStore;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.IdempotencyKey;
import dev.dialer.api.web.IdempotencyKeys;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignSettingsRules;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates campaigns and reads them back. */
@Service
class CampaignService {

  static final int MAX_NAME = 200;
  static final int MAX_INLINE_CONTACTS = 10_000;

  private final CampaignRecords store;
  private final CampaignStats stats;
  private final ContactImporter importer;
  private final CampaignControls controls;
  private final StrictJson strictJson;
  private final TransactionTemplate transaction;
  private final DialerProperties properties;
  private final IdempotencyKeys keys;
  private final RecordingStore recordings;

  CampaignService(
      CampaignRecords store,
      CampaignStats stats,
      ContactImporter importer,
      CampaignControls controls,
      StrictJson strictJson,
      TransactionTemplate transaction,
      DialerProperties properties,
      IdempotencyKeys keys,
      RecordingStore recordings) {
    this.store = store;
    this.stats = stats;
    this.importer = importer;
    this.controls = controls;
    this.strictJson = strictJson;
    this.transaction = transaction;
    this.properties = properties;
    this.keys = keys;
    this.recordings = recordings;
  }

  CampaignAck create(JsonNode body, String idempotencyKey) {
    String id = CampaignIds.of(idempotencyKey);
    CreateCampaignRequest request = strictJson.read(body, CreateCampaignRequest.class);
    String name = name(request.name());
    CampaignSettings settings = SettingsParser.settings(request, properties.twilio().callerId());
    SettingsParser.check(CampaignSettingsRules.problems(settings));
    List<ContactRow> contacts = new ArrayList<>();
    if (request.contacts() != null) {
      if (request.contacts().size() > MAX_INLINE_CONTACTS) {
        throw ApiException.invalid(
            "contacts",
            "At most "
                + MAX_INLINE_CONTACTS
                + " contacts in the create body; upload more with POST /api/campaigns/{id}/contacts.");
      }
      for (int i = 0; i < request.contacts().size(); i++) {
        contacts.add(JsonContactReader.row(i + 1L, request.contacts().get(i)));
      }
    }
    boolean start = Boolean.TRUE.equals(request.start());
    if (start && contacts.isEmpty()) {
      throw ApiException.invalid(
          "start",
          "'start' needs contacts: give 'contacts', or upload them and then POST"
              + " /api/campaigns/{id}/start.");
    }
    if (idempotencyKey != null) {
      keys.claim("campaign", id, IdempotencyKey.hash(body), "a campaign");
    }
    return create(
        new NewCampaign(
            id, name, settings, contacts, start, Boolean.TRUE.equals(request.recording())));
  }

  /**
   * Stores the campaign and its contacts in one transaction. Created before under the same id (a
   * client's retry), it is answered as it is now.
   */
  CampaignAck create(NewCampaign campaign) {
    for (ContactRow row : campaign.contacts()) {
      RejectedRow rejected = ContactRules.check(row).rejected();
      if (rejected != null) {
        String at = "contacts[" + (row.row() - 1) + "]";
        String field = rejected.field() == null ? at : at + "." + rejected.field();
        throw ApiException.invalid(field, "'" + field + "': " + rejected.error() + ".");
      }
    }
    boolean created =
        Boolean.TRUE.equals(
            transaction.execute(
                status -> {
                  if (!store.insert(campaign.id(), campaign.name(), campaign.settings())) {
                    return false;
                  }
                  if (campaign.recording()) {
                    recordings.recordCampaign(campaign.id());
                  }
                  importer.importAll(campaign.id(), ContactReader.of(campaign.contacts()));
                  return true;
                }));
    CampaignRecord stored = find(campaign.id());
    if (!created && !stored.name().equals(campaign.name())) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "IDEMPOTENCY_KEY_REUSED",
          "Idempotency-Key '"
              + campaign.id()
              + "' was used for campaign '"
              + stored.name()
              + "'; use a new key for a different campaign.",
          "Idempotency-Key");
    }
    if (campaign.start()) {
      return controls.start(campaign.id());
    }
    return new CampaignAck(stored.id(), stored.status());
  }

  CampaignView get(String id) {
    CampaignRecord campaign = find(id);
    return CampaignView.of(campaign, stats.of(id));
  }

  CampaignList list(String status, int limit, int offset) {
    CampaignStatus filter = null;
    if (status != null && !status.isBlank()) {
      try {
        filter = CampaignStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid(
            "status", "'status' must be one of " + Arrays.toString(CampaignStatus.values()) + ".");
      }
    }
    Paging.check(limit, offset);
    List<CampaignSummary> campaigns =
        store.list(filter, limit, offset).stream().map(CampaignSummary::of).toList();
    return new CampaignList(store.count(filter), limit, offset, campaigns);
  }

  CampaignRecord find(String id) {
    return store.find(id).orElseThrow(() -> CampaignErrors.notFound(id));
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw ApiException.invalid("name", "'name' is required.");
    }
    if (name.strip().length() > MAX_NAME) {
      throw ApiException.invalid("name", "'name' must be at most " + MAX_NAME + " characters.");
    }
    return name.strip();
  }
}
