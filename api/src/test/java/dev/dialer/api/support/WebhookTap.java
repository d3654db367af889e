package dev.dialer.api.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every status callback that reaches the api, in arrival order, before the api dedupes or
 * sorts anything: the witness that a sim scenario (duplicates, reordering) really happened.
 */
public class WebhookTap extends OncePerRequestFilter {

  /** One status callback as it arrived. */
  public record Arrival(String to, String callSid, String status, long sequenceNumber) {}

  private final List<Arrival> arrivals = new ArrayList<>();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().endsWith("/twilio/status");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String sequence = request.getParameter("SequenceNumber");
    // Tests also post malformed webhooks on purpose: those are the api's to refuse, not the tap's.
    if (sequence != null && sequence.matches("\\d{1,18}")) {
      record(
          new Arrival(
              request.getParameter("To"),
              request.getParameter("CallSid"),
              request.getParameter("CallStatus"),
              Long.parseLong(sequence)));
    }
    chain.doFilter(request, response);
  }

  private synchronized void record(Arrival arrival) {
    arrivals.add(arrival);
  }

  /** The status callbacks for calls to {@code to}, in the order they arrived. */
  public synchronized List<Arrival> arrivalsFor(String to) {
    return arrivals.stream().filter(arrival -> to.equals(arrival.to())).toList();
  }
}
