package dev.dialer.sim.callee;

import dev.dialer.sim.call.TwimlXml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code <Connect action><ConversationRelay url><Parameter/>…} of a TwiML document.
 *
 * @param action the Connect action URL, null when none
 * @param url the WebSocket to open
 * @param parameters the {@code <Parameter name value>}s, sent as customParameters in setup
 */
public record RelayTwiml(String action, String url, Map<String, String> parameters) {

  /** Empty when the document has no ConversationRelay (or is not XML). */
  public static Optional<RelayTwiml> parse(String twiml) {
    if (twiml == null || !twiml.contains("ConversationRelay")) {
      return Optional.empty();
    }
    try {
      Document document = TwimlXml.parse(twiml);
      NodeList relays = document.getElementsByTagName("ConversationRelay");
      if (relays.getLength() == 0) {
        return Optional.empty();
      }
      Element relay = (Element) relays.item(0);
      Element connect = (Element) relay.getParentNode();
      Map<String, String> parameters = new LinkedHashMap<>();
      NodeList params = relay.getElementsByTagName("Parameter");
      for (int i = 0; i < params.getLength(); i++) {
        Element param = (Element) params.item(i);
        parameters.put(param.getAttribute("name"), param.getAttribute("value"));
      }
      String action = connect.getAttribute("action");
      return Optional.of(
          new RelayTwiml(action.isEmpty() ? null : action, relay.getAttribute("url"), parameters));
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
