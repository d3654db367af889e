package dev.dialer.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void aPlatformStyleUrlBecomesJdbcWithCredentials() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgres://dialer:s%40cret@db.internal:5433/dialer?sslmode=require");

    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.internal:5433/dialer?sslmode=require");
    assertThat(url.username()).isEqualTo("dialer");
    assertThat(url.password()).isEqualTo("s@cret");
  }

  @Test
  void aJdbcUrlIsUsedAsItIs() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost/dialer?user=a&password=b");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/dialer?user=a&password=b");
    assertThat(url.username()).isNull();
  }

  @Test
  void anotherSchemeIsRefusedSayingWhatIsAccepted() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/dialer"))
        .hasMessageContaining("postgres://");
  }

  @Test
  void givenAPasswordInTheUrl_whenPrintedOrLogged_itIsMasked() {
    DatabaseUrl platform = DatabaseUrl.parse("postgres://dialer:hunter2@db.internal/dialer");
    DatabaseUrl jdbc =
        DatabaseUrl.parse("jdbc:postgresql://localhost/dialer?user=a&password=hunter2&ssl=true");

    assertThat(platform.toString()).doesNotContain("hunter2").contains("db.internal");
    assertThat(jdbc.toString()).doesNotContain("hunter2");
    assertThat(jdbc.masked())
        .isEqualTo("jdbc:postgresql://localhost/dialer?user=a&password=****&ssl=true");
  }

  @Test
  void givenAnUnparseableUrlWithAPassword_whenRefused_theMessageAndCausesHideIt() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://dialer:hun ter2@db.internal/dialer"))
        .hasMessageContaining("DATABASE_URL is not a valid URL")
        .hasMessageContaining("postgres://dialer:****@db.internal/dialer")
        .hasMessageNotContaining("hun ter2")
        .hasNoCause();
  }
}
