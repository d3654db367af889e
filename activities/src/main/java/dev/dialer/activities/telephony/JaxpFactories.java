package dev.dialer.activities.telephony;

import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.springframework.stereotype.Component;

/**
 * Names the JAXP factories once, so that twilio-java's {@code TwiML.toXml} stops searching the
 * class path for them on every document it renders.
 *
 * <p>{@code TwiML.toXml} calls {@code DocumentBuilderFactory.newInstance()} and {@code
 * TransformerFactory.newInstance()} for every TwiML answer. Without the system property each call
 * runs a {@link java.util.ServiceLoader} scan through every jar on the class path: with the sim's
 * own parsing, 5–7% of a campaign's CPU (BENCHMARKS.md, "Campaign scale", 2026-12-02). The property
 * names the class that scan finds now, so the factories stay what they were; one the operator set
 * (-D) is left alone.
 */
@Component
public class JaxpFactories {

  static final String DOCUMENT_BUILDER = "javax.xml.parsers.DocumentBuilderFactory";
  static final String TRANSFORMER = "javax.xml.transform.TransformerFactory";

  public JaxpFactories() {
    pin();
  }

  /** Sets each factory's system property to the class found today, unless it is set already. */
  static synchronized void pin() {
    pin(DOCUMENT_BUILDER, () -> DocumentBuilderFactory.newInstance().getClass().getName());
    pin(TRANSFORMER, () -> TransformerFactory.newInstance().getClass().getName());
  }

  private static void pin(String property, Supplier<String> found) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, found.get());
    }
  }
}
