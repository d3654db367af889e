package dev.dialer.api.seed;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.api.call.CallService;
import dev.dialer.api.call.CallView;
import dev.dialer.api.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the seed routes share: a call named the way a seed client names it. Seeds hand out the id
 * they got back from their create call; ours is the callId, and Twilio's CallSid is accepted too.
 */
@Component
class SeedCalls {

  private final CallService calls;
  private final CallLedger ledger;

  SeedCalls(CallService calls, CallLedger ledger) {
    this.calls = calls;
    this.ledger = ledger;
  }

  CallService service() {
    return calls;
  }

  /** The callId of the call a seed client named by callId or by Twilio CallSid. */
  String callId(String field, String idOrSid) {
    if (idOrSid == null || idOrSid.isBlank()) {
      throw ApiException.invalid(field, "'" + field + "' is required.");
    }
    return ledger
        .find(idOrSid)
        .or(() -> ledger.findBySid(idOrSid))
        .map(CallRecord::callId)
        .orElseThrow(
            () ->
                new ApiException(
                    HttpStatus.NOT_FOUND,
                    "CALL_NOT_FOUND",
                    "No call with id or CallSid '" + idOrSid + "'.",
                    field));
  }

  CallView view(String field, String idOrSid) {
    return calls.get(callId(field, idOrSid));
  }
}
