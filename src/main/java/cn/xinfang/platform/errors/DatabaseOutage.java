package cn.xinfang.platform.errors;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Whether a failed request failed because the database could not be reached (stopped, restarting,
 * network gone): such a request is answered 503 with {@code Retry-After}, which tells the caller to
 * send it again, rather than 500, which tells them something is broken. Nothing was written: the
 * transaction that could not reach the database commits nothing.
 *
 * <p>The cause is recognised in the exception where one reaches the platform, and otherwise (the
 * engine's REST API answers with a body, not an exception) by trying a fresh connection of its own,
 * outside the pool, at most once every two seconds.
 */
@Component
public class DatabaseOutage {

  /** Seconds a caller is asked to wait before trying again. */
  static final int RETRY_AFTER_SECONDS = 10;

  private static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

  private final DataSourceProperties database;
  private final Clock clock = Clock.systemUTC();
  private Instant probedAt = Instant.MIN;
  private boolean reachable = true;

  DatabaseOutage(DataSourceProperties database) {
    this.database = database;
  }

  /** True if the exception, or one of its causes, is a failure to reach the database. */
  public static boolean causedBy(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof CannotGetJdbcConnectionException
          || cause instanceof ConnectException) {
        return true;
      }
      // 08: connection exception; 57P01–57P03: the server shuts down or is starting
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /** True if a request that failed with {@code e} (null when only its answer is known) did so. */
  boolean explains(Throwable e) {
    return causedBy(e) || !reachable();
  }

  /** A fresh connection to the database, outside the pool; the answer is kept two seconds. */
  synchronized boolean reachable() {
    Instant now = clock.instant();
    if (now.isBefore(probedAt.plus(PROBE_INTERVAL))) {
      return reachable;
    }
    Properties credentials = new Properties();
    if (database.determineUsername() != null) {
      credentials.setProperty("user", database.determineUsername());
    }
    if (database.determinePassword() != null) {
      credentials.setProperty("password", database.determinePassword());
    }
    String url = database.determineUrl();
    if (url.startsWith("jdbc:postgresql:")) {
      // give up after two seconds rather than the pool's timeout
      credentials.setProperty("connectTimeout", "2");
      credentials.setProperty("loginTimeout", "2");
    }
    try (Connection connection = DriverManager.getConnection(url, credentials)) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    probedAt = clock.instant();
    return reachable;
  }
}
