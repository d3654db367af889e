package dev.dialer.sim.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The {@code <Say>} and {@code <Dial>} verbs of a TwiML document, in document order.
 *
 * @param says each {@code <Say>}'s text
 * @param dial the first {@code <Dial>}, empty when there is none
 */
record TwimlVerbs(List<String> says, Optional<Dial> dial) {

  /** A {@code <Dial callerId>} to a {@code <Number>} (or to the number as the verb's text). */
  record Dial(String number, String callerId) {}

  static TwimlVerbs parse(String twiml) {
    if (twiml == null || !(twiml.contains("<Say") || twiml.contains("<Dial"))) {
      return new TwimlVerbs(List.of(), Optional.empty());
    }
    try {
      Document document = TwimlXml.parse(twiml);
      List<String> says = new ArrayList<>();
      NodeList sayNodes = document.getElementsByTagName("Say");
      for (int i = 0; i < sayNodes.getLength(); i++) {
        says.add(sayNodes.item(i).getTextContent().strip());
      }
      NodeList dials = document.getElementsByTagName("Dial");
      Optional<Dial> dial = Optional.empty();
      if (dials.getLength() > 0) {
        Element verb = (Element) dials.item(0);
        NodeList numbers = verb.getElementsByTagName("Number");
        Node number = numbers.getLength() > 0 ? numbers.item(0) : verb;
        String callerId = verb.getAttribute("callerId");
        dial =
            Optional.of(
                new Dial(number.getTextContent().strip(), callerId.isEmpty() ? null : callerId));
      }
      return new TwimlVerbs(says, dial);
    } catch (Exception e) {
      return new TwimlVerbs(List.of(), Optional.empty());
    }
  }
}
