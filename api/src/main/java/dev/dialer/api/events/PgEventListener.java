package dev.dialer.api.events;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * LISTENs on {@link EventPublisher#CHANNEL} on a connection of its own (outside the pool, which
 * would recycle it) and hands each event to this instance's sockets. A lost connection is opened
 * again; events NOTIFYed meanwhile are missed, which a browser covers by reading the call over REST
 * when its socket opens again.
 */
@Component
class PgEventListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PgEventListener.class);
  private static final int WAIT_MS = 500;

  private final HikariDataSource pool;
  private final EventHub hub;
  private volatile boolean running;
  private volatile boolean listening;
  private Thread thread;

  PgEventListener(DataSource dataSource, EventHub hub) throws SQLException {
    this.pool = dataSource.unwrap(HikariDataSource.class);
    this.hub = hub;
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::run, "pg-event-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** True once LISTEN is in place: from then on no event published is missed. */
  boolean listening() {
    return listening;
  }

  private Properties credentials() {
    Properties properties = new Properties();
    if (pool.getUsername() != null) {
      properties.setProperty("user", pool.getUsername());
    }
    if (pool.getPassword() != null) {
      properties.setProperty("password", pool.getPassword());
    }
    return properties;
  }

  private void run() {
    long backoffMs = 200;
    while (running) {
      try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), credentials())) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + EventPublisher.CHANNEL);
        }
        listening = true;
        backoffMs = 200;
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(WAIT_MS);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              hub.deliver(notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        listening = false;
        if (!running) {
          return;
        }
        log.warn("Event listener lost its connection, reconnecting: {}", e.toString());
        try {
          Thread.sleep(backoffMs);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        backoffMs = Math.min(backoffMs * 2, 10_000);
      }
    }
  }
}
