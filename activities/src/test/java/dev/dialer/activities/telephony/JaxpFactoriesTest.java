package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Say;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JaxpFactoriesTest {

  private String documentBuilder;
  private String transformer;

  @BeforeEach
  void clear() {
    documentBuilder = System.clearProperty(JaxpFactories.DOCUMENT_BUILDER);
    transformer = System.clearProperty(JaxpFactories.TRANSFORMER);
  }

  @AfterEach
  void restore() {
    restore(JaxpFactories.DOCUMENT_BUILDER, documentBuilder);
    restore(JaxpFactories.TRANSFORMER, transformer);
  }

  @Test
  void namesTheFactoriesTheClassPathScanFinds() {
    String scannedBuilder = DocumentBuilderFactory.newInstance().getClass().getName();
    String scannedTransformer = TransformerFactory.newInstance().getClass().getName();

    new JaxpFactories();

    assertThat(System.getProperty(JaxpFactories.DOCUMENT_BUILDER)).isEqualTo(scannedBuilder);
    assertThat(System.getProperty(JaxpFactories.TRANSFORMER)).isEqualTo(scannedTransformer);
    assertThat(DocumentBuilderFactory.newInstance().getClass().getName()).isEqualTo(scannedBuilder);
    String twiml =
        new VoiceResponse.Builder().say(new Say.Builder("hello").build()).build().toXml();
    assertThat(twiml).contains("<Say>hello</Say>");
  }

  @Test
  void keepsWhatTheOperatorSet() {
    System.setProperty(JaxpFactories.TRANSFORMER, "org.example.OwnTransformerFactory");

    JaxpFactories.pin();

    assertThat(System.getProperty(JaxpFactories.TRANSFORMER))
        .isEqualTo("org.example.OwnTransformerFactory");
    assertThat(System.getProperty(JaxpFactories.DOCUMENT_BUILDER)).isNotNull();
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
