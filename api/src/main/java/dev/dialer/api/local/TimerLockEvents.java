package dev.dialer.api.local;

import io.temporal.internal.testservice.TestWorkflowService;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.ListIterator;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.locks.Lock;

/**
 * Stops Temporal's Java test server from slowing down as it works.
 *
 * <p>The test server's clock ({@code SelfAdvancingTimerImpl}, SDK 1.38.0) appends an event to a
 * {@code LinkedList} each time something locks or unlocks time skipping, "for debugging purposes
 * only". Unlocks by name and locks whose handle is dropped are never removed, so the list grows by
 * a few entries per activity and timer for as long as the server runs, and every unlock through a
 * handle then scans the whole list ({@code LinkedList.remove(Object)}) while holding the clock's
 * lock, which every workflow update also takes. Measured with a campaign: about 24 calls/s over the
 * first 8,000 calls, then 4–9 calls/s by 13,000.
 *
 * <p>This replaces that list with one that keeps only what its own code reads back: a lock event
 * stays while the handle that will remove it is reachable, and removing it is a hash lookup. Unlock
 * events, which nothing removes, are not kept. The clock's diagnostics (printed only when its lock
 * count goes negative) then list the outstanding locks without the unlock history. All access
 * happens under the clock's lock, as before.
 */
public final class TimerLockEvents extends LinkedList<Object> {

  private static final long serialVersionUID = 1L;

  private final transient Set<Object> outstanding = Collections.newSetFromMap(new WeakHashMap<>());

  private final transient Field lockType;

  private TimerLockEvents(Field lockType) {
    this.lockType = lockType;
  }

  /**
   * Installs the list into the clock of {@code service}: the embedded server's ({@code
   * TestServicesStarter.getWorkflowService()}), or the one a {@code TestWorkflowEnvironment} runs
   * in process (the Temporal spring starter's {@code test-server.enabled}), for tests and
   * benchmarks that run many workflows on it. Fails loudly if the SDK's layout changed.
   */
  public static void install(TestWorkflowService service) {
    try {
      Field timerField = TestWorkflowService.class.getDeclaredField("selfAdvancingTimer");
      timerField.setAccessible(true);
      Object timer = timerField.get(service);
      Field eventsField = timer.getClass().getDeclaredField("lockEvents");
      eventsField.setAccessible(true);
      LinkedList<?> events = (LinkedList<?>) eventsField.get(timer);
      Class<?> eventClass =
          Class.forName(
              timer.getClass().getName() + "$LockEvent", false, timer.getClass().getClassLoader());
      Field lockType = eventClass.getDeclaredField("lockType");
      lockType.setAccessible(true);
      TimerLockEvents replacement = new TimerLockEvents(lockType);
      // Under the clock's lock, so no lock or unlock slips in between the copy and the swap.
      Field lockField = timer.getClass().getDeclaredField("lock");
      lockField.setAccessible(true);
      Lock lock = (Lock) lockField.get(timer);
      lock.lock();
      try {
        events.forEach(replacement::add);
        eventsField.set(timer, replacement);
      } finally {
        lock.unlock();
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "Temporal's test server changed its clock; review TimerLockEvents for this SDK version",
          e);
    }
  }

  private boolean isUnlock(Object event) {
    try {
      return "UNLOCK".equals(((Enum<?>) lockType.get(event)).name());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean add(Object event) {
    if (!isUnlock(event)) {
      outstanding.add(event);
    }
    return true;
  }

  @Override
  public boolean remove(Object event) {
    return outstanding.remove(event);
  }

  @Override
  public int size() {
    return outstanding.size();
  }

  @Override
  public boolean isEmpty() {
    return outstanding.isEmpty();
  }

  @Override
  public Iterator<Object> iterator() {
    return new ArrayList<>(outstanding).iterator();
  }

  @Override
  public ListIterator<Object> listIterator(int index) {
    return new ArrayList<>(outstanding).listIterator(index);
  }
}
