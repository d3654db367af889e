package dev.dialer.sim.call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One step of a TwiML document as the sim runs it, in document order: a {@code <Pause>}, a {@code
 * <Redirect>}, or a run of the other verbs between them (played as a document of their own).
 */
sealed interface TwimlStep permits TwimlStep.Verbs, TwimlStep.Pause, TwimlStep.Redirect {

  /** Other verbs ({@code <Say>}, {@code <Dial>}, {@code <Connect>}, {@code <Hangup>}…). */
  record Verbs(String twiml) implements TwimlStep {}

  /** {@code <Pause length>}: silence, then the next verb; Twilio's default length is 1 s. */
  record Pause(Duration length) implements TwimlStep {}

  /** {@code <Redirect method>url</Redirect>}: the rest of the call is that URL's TwiML. */
  record Redirect(String url, String method) implements TwimlStep {}

  /**
   * The document's steps. A document without Pause or Redirect is one step, played as before; verbs
   * after a Redirect are unreachable, as at Twilio.
   */
  static List<TwimlStep> parse(String twiml) {
    if (!(twiml.contains("<Pause") || twiml.contains("<Redirect"))) {
      return List.of(new Verbs(twiml));
    }
    try {
      Document document = TwimlXml.parse(twiml);
      List<TwimlStep> steps = new ArrayList<>();
      List<Element> run = new ArrayList<>();
      NodeList children = document.getDocumentElement().getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (!(children.item(i) instanceof Element verb)) {
          continue;
        }
        switch (verb.getTagName()) {
          case "Pause" -> {
            flush(run, steps);
            steps.add(new Pause(Duration.ofSeconds(length(verb.getAttribute("length")))));
          }
          case "Redirect" -> {
            flush(run, steps);
            String method = verb.getAttribute("method").toUpperCase(Locale.ROOT);
            steps.add(
                new Redirect(verb.getTextContent().strip(), method.isEmpty() ? "POST" : method));
            return steps;
          }
          default -> run.add(verb);
        }
      }
      flush(run, steps);
      return steps;
    } catch (Exception e) {
      return List.of(new Verbs(twiml));
    }
  }

  private static long length(String attribute) {
    try {
      return attribute.isEmpty() ? 1 : Math.max(0, Long.parseLong(attribute.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void flush(List<Element> run, List<TwimlStep> steps) throws Exception {
    if (run.isEmpty()) {
      return;
    }
    Document part = TwimlXml.newDocument();
    Element response = part.createElement("Response");
    part.appendChild(response);
    for (Node verb : run) {
      response.appendChild(part.importNode(verb, true));
    }
    steps.add(new Verbs(TwimlXml.write(part)));
    run.clear();
  }
}
