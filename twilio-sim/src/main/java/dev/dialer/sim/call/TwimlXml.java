package dev.dialer.sim.call;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The sim's one way to read and write TwiML documents: the JDK's own DOM parser, no DOCTYPE.
 *
 * <p>{@code newDefaultInstance} rather than {@code newInstance}: the latter searches every jar on
 * the class path for a provider on each call, which was the sim's largest cost per answered call
 * (BENCHMARKS.md, "Campaign scale", 2026-12-02).
 */
public final class TwimlXml {

  private TwimlXml() {}

  /** The parsed document; one with a DOCTYPE is refused (no entities, internal or external). */
  public static Document parse(String twiml) throws SAXException {
    try {
      return builder().parse(new InputSource(new StringReader(twiml)));
    } catch (IOException e) {
      throw new SAXException(e);
    }
  }

  /** An empty document to build one in. */
  static Document newDocument() {
    return builder().newDocument();
  }

  /** The document as text, without an XML declaration. */
  static String write(Document document) throws TransformerException {
    Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    StringWriter xml = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(xml));
    return xml.toString();
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's DOM parser refused its own feature", e);
    }
  }
}
