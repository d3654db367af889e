package dev.dialer.sim.call;

import org.springframework.util.MultiValueMap;

/**
 * What a feature beside the call itself (recordings, media streams) hears of a call's life: its
 * create request as sent, and its end. Both run on the thread that moved the call; they must not
 * block.
 */
public interface CallObserver {

  default void created(SimCall call, MultiValueMap<String, String> params) {}

  default void ended(SimCall call) {}
}
