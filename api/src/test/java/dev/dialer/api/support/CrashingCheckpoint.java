package dev.dialer.api.support;

import dev.dialer.activities.telephony.DialCheckpoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kills the dial activity right after Twilio accepted a call and before the ledger learned its
 * CallSid — once per armed callId — the way a crashed worker would leave it.
 */
public class CrashingCheckpoint implements DialCheckpoint {

  private final Set<String> armed = ConcurrentHashMap.newKeySet();
  private final Set<String> crashed = ConcurrentHashMap.newKeySet();

  public void crashOnce(String callId) {
    armed.add(callId);
  }

  public boolean crashed(String callId) {
    return crashed.contains(callId);
  }

  @Override
  public void afterCreate(String callId, String callSid) {
    if (armed.remove(callId)) {
      crashed.add(callId);
      throw new IllegalStateException("simulated crash after creating " + callSid);
    }
  }
}
