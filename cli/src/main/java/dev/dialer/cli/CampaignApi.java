package dev.dialer.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The campaign endpoints of the dialer's REST API, as the demo uses them. */
final class CampaignApi {

  static final int PAGE_SIZE = 500;

  private final DialerApi api;

  CampaignApi(DialerApi api) {
    this.api = api;
  }

  CampaignCreated create(CampaignRequest request) {
    CampaignCreated created;
    try {
      created = api.post("/api/campaigns", request, CampaignCreated.class);
    } catch (DialerApiException e) {
      throw new DialerApiException("Could not create the demo campaign: " + e.getMessage());
    }
    if (created.id() == null || created.id().isBlank()) {
      throw new DialerApiException(
          "POST /api/campaigns answered without the new campaign's id (status "
              + created.status()
              + ").");
    }
    return created;
  }

  CampaignView get(String id) {
    return api.get(path(id), CampaignView.class);
  }

  /** Every contact of the campaign, page by page. */
  List<ContactView> contacts(String id) {
    List<ContactView> all = new ArrayList<>();
    while (true) {
      ContactPage page =
          api.get(
              path(id) + "/contacts?limit=" + PAGE_SIZE + "&offset=" + all.size(),
              ContactPage.class);
      all.addAll(page.contacts());
      if (page.contacts().isEmpty() || page.lastOf(all.size())) {
        return all;
      }
    }
  }

  /** Saves {@code report.csv} to {@code file}, creating its directory. */
  void downloadReport(String id, Path file) {
    String csv = api.text(path(id) + "/report.csv", "text/csv");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DialerApiException(
          "Could not save the campaign's report to " + file + ": " + e.getMessage());
    }
  }

  private static String path(String id) {
    return "/api/campaigns/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }
}
