package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and checks an upload's rows on a thread of its own, handing over batches ready for COPY, so
 * that parsing and checking (one core) overlap the database's writing (the other). At most {@link
 * #AHEAD} batches wait: memory stays flat whatever the upload's size. Phones repeated inside a
 * batch are dropped here (first row wins); repeats across batches are the database's to find.
 */
final class CheckedRows implements AutoCloseable {

  static final int AHEAD = 2;

  /** A batch, or the end (rows == 0 and done), or the reader's failure. */
  private record Item(ContactCopy.Batch batch, RuntimeException failure, boolean done) {}

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;
  private final List<RejectedRow> rejected = new ArrayList<>();
  private volatile boolean stopped;
  private long rejectedCount;
  private boolean ended;

  private CheckedRows(ContactReader reader, String campaignId, long base, ObjectMapper json) {
    this.thread =
        new Thread(() -> produce(reader, campaignId, base, json), "contact-check-" + campaignId);
    thread.setDaemon(true);
  }

  static CheckedRows start(ContactReader reader, String campaignId, long base, ObjectMapper json) {
    CheckedRows rows = new CheckedRows(reader, campaignId, base, json);
    rows.thread.start();
    return rows;
  }

  /** The next batch, or null after the last; throws what the reader or the checks threw. */
  ContactCopy.Batch next() throws InterruptedException {
    if (ended) {
      return null;
    }
    Item item = queue.take();
    if (item.failure() != null) {
      ended = true;
      throw item.failure();
    }
    if (item.done()) {
      ended = true;
      return null;
    }
    return item.batch();
  }

  /** The first rejected rows; complete once {@link #next()} returned null. */
  List<RejectedRow> rejected() {
    return rejected;
  }

  long rejectedCount() {
    return rejectedCount;
  }

  /**
   * Stops the reading thread and waits for it: it reads the request's body, which must not be
   * touched after the request ends.
   */
  @Override
  public void close() throws InterruptedException {
    stopped = true;
    queue.clear();
    thread.join();
  }

  private void produce(ContactReader reader, String campaignId, long base, ObjectMapper json) {
    try {
      ContactCopy copy = new ContactCopy(campaignId, json);
      Set<String> phones = new HashSet<>();
      ContactRow row;
      while (!stopped && (row = reader.next()) != null) {
        ContactRules.Checked checked = ContactRules.check(row);
        if (checked.rejected() != null) {
          rejectedCount++;
          if (rejected.size() < ContactImporter.MAX_REJECTED_SHOWN) {
            rejected.add(checked.rejected());
          }
        } else if (phones.add(checked.contact().phone())) {
          copy.add(base + row.row(), checked.contact());
        } else {
          copy.duplicate();
        }
        if (copy.size() >= ContactImporter.BATCH) {
          hand(new Item(copy.take(), null, false));
          phones.clear();
        }
      }
      if (copy.size() > 0 || copy.duplicates() > 0) {
        hand(new Item(copy.take(), null, false));
      }
      hand(new Item(null, null, true));
    } catch (IOException e) {
      hand(
          new Item(
              null,
              new UncheckedIOException("the upload could not be read: " + e.getMessage(), e),
              false));
    } catch (RuntimeException e) {
      hand(new Item(null, e, false));
    } catch (Error e) {
      // Handed over too, so that the importer does not wait for a batch that never comes.
      hand(new Item(null, new IllegalStateException("checking the upload failed: " + e, e), false));
      throw e;
    }
  }

  /** Waits for room, unless the importer has stopped listening. */
  private void hand(Item item) {
    try {
      while (!stopped) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      stopped = true;
      Thread.currentThread().interrupt();
    }
  }
}
