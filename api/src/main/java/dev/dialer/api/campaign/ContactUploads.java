package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/campaigns/{id}/contacts}: a JSON array or a CSV, streamed into the campaign. A
 * campaign whose workflow runs is told at once, so that it dials the new contacts without waiting
 * for its next look.
 */
@Service
class ContactUploads {

  static final MediaType CSV = MediaType.parseMediaType("text/csv");
  private static final Set<CampaignStatus> RUNNING =
      Set.of(CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED);

  private final CampaignRecords store;
  private final ContactImporter importer;
  private final CampaignWorkflows workflows;
  private final ObjectMapper json;

  ContactUploads(
      CampaignRecords store,
      ContactImporter importer,
      CampaignWorkflows workflows,
      ObjectMapper json) {
    this.store = store;
    this.importer = importer;
    this.workflows = workflows;
    this.json = json;
  }

  ContactsImported add(String campaignId, String contentType, InputStream body) {
    CampaignRecord campaign =
        store.find(campaignId).orElseThrow(() -> CampaignErrors.notFound(campaignId));
    if (campaign.status().isFinal()) {
      throw CampaignErrors.ended(campaign, "given contacts");
    }
    ContactsImported imported = importer.importAll(campaignId, reader(contentType, body));
    if (imported.accepted() > 0
        && store.find(campaignId).map(c -> RUNNING.contains(c.status())).orElse(false)) {
      workflows.contactsAdded(campaignId, imported.accepted());
    }
    return imported;
  }

  private ContactReader reader(String contentType, InputStream body) {
    MediaType type = mediaType(contentType);
    try {
      if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
        return JsonContactReader.open(json, body);
      }
      Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
      return CsvContactReader.open(body, charset);
    } catch (IOException e) {
      throw new UncheckedIOException("the upload could not be read: " + e.getMessage(), e);
    }
  }

  private static MediaType mediaType(String contentType) {
    MediaType type = null;
    try {
      type = contentType == null ? null : MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      // answered below like any other type this endpoint does not take
    }
    if (type != null
        && (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
            || CSV.equalsTypeAndSubtype(type))) {
      return type;
    }
    throw new ApiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "UNSUPPORTED_MEDIA_TYPE",
        "Send contacts as application/json (an array of {phone, name, timezone, zip, state,"
            + " customParameters}) or as text/csv with a header row (phone, name, timezone, zip,"
            + " state, and a column per custom parameter); got "
            + (contentType == null ? "no Content-Type" : "'" + contentType + "'")
            + ".",
        "Content-Type");
  }
}
