package cn.xinfang.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the platform at a real PostgreSQL server started for the test JVM (zonky's embedded
 * binaries: no Docker here). Each context gets a fresh database.
 */
public class EmbeddedPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int databases;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String database = "petition_" + (++databases);
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = server();
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    TestPropertyValues.of(
            "DB_URL=" + postgres.getJdbcUrl("postgres", database),
            "DB_USER=postgres",
            "DB_PASSWORD=")
        .applyTo(context);
  }

  private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("无法启动嵌入式 PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
    }
    return server;
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is exiting; the server's temporary directory goes with it
    }
  }
}
