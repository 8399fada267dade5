package cn.xinfang.platform.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one PostgreSQL the nodes share (zonky's embedded binaries, fsync as configured by default),
 * on a fixed port and data directory, so it can be stopped and started again under the nodes' feet.
 * The suite reads the database directly to count what was written.
 */
public final class SharedDatabase implements AutoCloseable {

  static final String NAME = "petition";

  private final Path directory;
  private final int port;
  private EmbeddedPostgres server;

  private SharedDatabase(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  public static SharedDatabase start() throws IOException, SQLException {
    SharedDatabase database =
        new SharedDatabase(Files.createTempDirectory("fault-suite-pg"), Node.freePort());
    database.startServer();
    try (Connection connection = database.server.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("create database " + NAME);
    }
    return database;
  }

  private void startServer() throws IOException {
    server =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setServerConfig("max_connections", "200")
            // durable, as in production (zonky's defaults trade durability for speed)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
  }

  /** pg_ctl stop -m fast: every connection is cut, in-flight transactions roll back. */
  void stop() throws IOException {
    server.close();
  }

  /** Starts the server again on the same data and port. */
  void restart() throws IOException {
    startServer();
  }

  public String url() {
    return url(NAME);
  }

  /** Another database on the same server. */
  public String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /** Creates another database on the same server (the benchmark's plain Camunda). */
  public void createDatabase(String database) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("create database " + database);
    }
  }

  /** Creates another database as a copy of {@code template}, which nobody may be connected to. */
  public void createDatabase(String database, String template) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("create database " + database + " template " + template);
    }
  }

  /** The rows of a query, each as its columns' values. */
  public List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
    return rowsIn(NAME, sql, parameters);
  }

  /** The rows of a query in another database of the server. */
  public List<List<Object>> rowsIn(String database, String sql, Object... parameters)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, parameters);
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(result.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  public long count(String sql, Object... parameters) throws SQLException {
    return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
  }

  /**
   * As {@link #count}, or -1 while the server cannot be reached (the suite stops it on purpose).
   */
  public long countWhileReachable(String sql, Object... parameters) {
    try {
      return count(sql, parameters);
    } catch (SQLException e) {
      return -1;
    }
  }

  public List<String> strings(String sql, Object... parameters) throws SQLException {
    return rows(sql, parameters).stream().map(row -> String.valueOf(row.get(0))).toList();
  }

  public int update(String sql, Object... parameters) throws SQLException {
    return updateIn(NAME, sql, parameters);
  }

  /** An update in another database of the server. */
  public int updateIn(String database, String sql, Object... parameters) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, parameters);
      return statement.executeUpdate();
    }
  }

  private static void bind(Connection connection, PreparedStatement statement, Object[] parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter instanceof List<?> list) {
        statement.setArray(i + 1, connection.createArrayOf("varchar", list.toArray()));
      } else {
        statement.setObject(i + 1, parameter);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
