package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.activities.DialerProperties;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ApiKeysTest {

  @TempDir Path home;

  @Test
  void givenAnAdminKeyAndRoleKeys_eachKeyFindsItsRole_underAnIdThatIsNotTheKey() {
    ApiKeys keys = keys("admin-secret", List.of("viewer:view-secret", " supervisor : sup-secret "));

    assertThat(keys.find("admin-secret"))
        .get()
        .extracting(ApiPrincipal::role)
        .isEqualTo(Role.ADMIN);
    assertThat(keys.find("view-secret"))
        .get()
        .extracting(ApiPrincipal::role)
        .isEqualTo(Role.VIEWER);
    assertThat(keys.find("sup-secret"))
        .get()
        .extracting(ApiPrincipal::role)
        .isEqualTo(Role.SUPERVISOR);
    assertThat(keys.find("admin-secretX")).isEmpty();
    assertThat(keys.find("")).isEmpty();
    assertThat(keys.find(null)).isEmpty();
    String id = keys.find("view-secret").orElseThrow().keyId();
    assertThat(id).matches("viewer-[0-9a-f]{8}").doesNotContain("view-secret");
    assertThat(keys.find("view-secret").orElseThrow().keyId()).as("stable").isEqualTo(id);
  }

  @Test
  void givenAnEntryWithAnUnknownRole_itRefusesToStart_withoutPrintingTheKey() {
    assertThatThrownBy(() -> keys("", List.of("viewer:a", "owner:top-secret")))
        .hasMessageContaining("DIALER_API_KEYS entry 2")
        .hasMessageContaining("'owner'")
        .hasMessageNotContaining("top-secret");
    assertThatThrownBy(() -> keys("", List.of("no-role-secret")))
        .hasMessageContaining("DIALER_API_KEYS entry 1")
        .hasMessageNotContaining("no-role-secret");
  }

  @Test
  void givenNoKeyAtAll_oneIsGeneratedIntoAFileOnlyItsOwnerReads_andOnlyThePathIsLogged(
      CapturedOutput output) throws IOException {
    keys("", List.of());

    Path file = home.resolve(GeneratedApiKey.FILE_NAME);
    String key = Files.readString(file).trim();
    assertThat(key).hasSizeGreaterThanOrEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(keys("", List.of()).find(key)).as("kept across restarts").isPresent();
    assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(key);
  }

  private ApiKeys keys(String admin, List<String> more) {
    return new ApiKeys(
        new DialerProperties(
            URI.create("http://127.0.0.1:8080"), admin, home, "", null, null, null, more, null));
  }
}
