package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.web.ApiException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batches COPied straight into the table: a phone the campaign already has, in an earlier upload or
 * an earlier batch of this one, falls back to the merge; a failure after a stored batch stores
 * nothing.
 */
class ContactImportBatchesApiTest extends CampaignTestSupport {

  @Autowired DataSource dataSource;
  @Autowired ContactImporter importer;

  /**
   * No foreign key keeps contacts to a campaign that exists since V18: the importer's own look-up,
   * under the key-share lock it holds until it commits, does. The API looks the campaign up before
   * it, so this calls the importer itself.
   */
  @Test
  void givenNoSuchCampaign_whenTheImporterIsGivenContacts_itShouldRefuseAndStoreNone()
      throws Exception {
    String id = "no-such-campaign-" + phone().substring(2);
    String csv = "phone\n" + phone() + "\n" + phone() + "\n";
    ContactReader reader =
        CsvContactReader.open(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> importer.importAll(id, reader))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining(id);
    assertThat(
            JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM campaign_contact WHERE campaign_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void givenAPhoneAnEarlierUploadAdded_whenUploadedAgain_itShouldCountItAsDuplicateAndAddTheRest() {
    String id = create(campaign("second upload", Map.of()));
    String a = phone();
    String b = phone();
    String c = phone();
    assertThat(addContacts(id, List.of(a, b)).body().get("accepted").asLong()).isEqualTo(2);

    Reply second = upload(id, "text/csv", "phone\n" + b + "\n" + c + "\n");

    assertThat(second.status()).as("%s", second.body()).isEqualTo(200);
    assertThat(second.body().get("accepted").asLong()).isEqualTo(1);
    assertThat(second.body().get("duplicates").asLong()).isEqualTo(1);
    var page = api.get("/api/campaigns/" + id + "/contacts").body();
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.at("/contacts/2/phone").asText()).isEqualTo(c);
    assertThat(page.at("/contacts/2/row").asLong()).isEqualTo(4);
  }

  @Test
  void givenAPhoneRepeatedInALaterBatch_whenUploaded_itShouldKeepTheFirstAndCountOneDuplicate() {
    String id = create(campaign("repeat across batches", Map.of()));
    List<String> phones = phones(ContactImporter.BATCH + 1);
    StringBuilder csv = new StringBuilder("phone,name\n");
    phones.forEach(phone -> csv.append(phone).append(",first\n"));
    csv.append(phones.get(0)).append(",again\n");

    Reply reply = upload(id, "text/csv", csv.toString());

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    assertThat(reply.body().get("accepted").asLong()).isEqualTo(ContactImporter.BATCH + 1);
    assertThat(reply.body().get("duplicates").asLong()).isEqualTo(1);
    var first = api.get("/api/campaigns/" + id + "/contacts").body();
    assertThat(first.get("total").asLong()).isEqualTo(ContactImporter.BATCH + 1);
    assertThat(first.at("/contacts/0/name").asText()).isEqualTo("first");
  }

  @Test
  void givenAnUnreadableRowAfterAStoredBatch_whenUploaded_itShouldStoreNothing() {
    String id = create(campaign("broken after a batch", Map.of()));
    StringBuilder csv = new StringBuilder("phone,name\n");
    phones(ContactImporter.BATCH + 10).forEach(phone -> csv.append(phone).append(",x\n"));
    csv.append(phone()).append(",\"never closed\n");

    Reply reply = upload(id, "text/csv", csv.toString());

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(400);
    assertThat(reply.body().toString()).contains("Row " + (ContactImporter.BATCH + 11));
    assertThat(api.get("/api/campaigns/" + id + "/contacts").body().get("total").asLong()).isZero();
  }

  private static List<String> phones(int count) {
    List<String> phones = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      phones.add(phone());
    }
    return phones;
  }
}
