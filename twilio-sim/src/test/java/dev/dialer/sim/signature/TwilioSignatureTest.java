package dev.dialer.sim.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signature_vectors and port variants of twilio-protocol.json, reproduced. */
class TwilioSignatureTest {

  private static final String AUTH_TOKEN = "12345";
  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private static final Map<String, String> TWILIO_JAVA_PARAMS =
      Map.of(
          "Digits", "1234",
          "CallSid", "CA1234567890ABCDE",
          "To", "+18005551212",
          "Caller", "+14158675309",
          "From", "+14158675309");

  @Test
  void givenTwilioJavaVector_whenSigning_itMatches() {
    assertThat(TwilioSignature.sign(AUTH_TOKEN, URL, TWILIO_JAVA_PARAMS))
        .isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  }

  @Test
  void givenTwilioDocsVector_whenSigning_itMatches() {
    Map<String, String> params =
        Map.of(
            "CallSid", "CA1234567890ABCDE",
            "Caller", "+12349013030",
            "Digits", "1234",
            "From", "+12349013030",
            "To", "+18005551212");

    assertThat(TwilioSignature.sign(AUTH_TOKEN, URL, params))
        .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620, a9nBmqA0ju/hNViExpshrM61xv4=",
    "https://mycompany.com/myapp.php?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620, y77kIzt2vzLz71DgmJGsen2scGs="
  })
  void givenJsonBodyVector_whenSigningTheUrlAlone_itMatches(String url, String expected)
      throws NoSuchAlgorithmException {
    String body = "{\"property\": \"value\", \"boolean\": true}";
    byte[] sha256 =
        MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));

    assertThat(url).endsWith("bodySHA256=" + HexFormat.of().formatHex(sha256));
    assertThat(TwilioSignature.sign(AUTH_TOKEN, url, Map.of())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://mycompany.com:443/myapp.php?foo=1&bar=2, kvajT1Ptam85bY51eRf/AJRuM3w=",
    "http://mycompany.com:80/myapp.php?foo=1&bar=2, 0ZXoZLH/DfblKGATFgpif+LLRf4=",
    "http://mycompany.com:1234/myapp.php?foo=1&bar=2, Zmvh+3yNM1Phv2jhDCwEM3q5ebU="
  })
  void givenUrlWithPort_whenSigning_thePortIsSignedAsGiven(String url, String expected) {
    assertThat(TwilioSignature.sign(AUTH_TOKEN, url, TWILIO_JAVA_PARAMS)).isEqualTo(expected);
  }
}
