package cn.xinfang.platform.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the product adds to Camunda's own tables (indexes, statistics), as Flyway migrations in
 * {@code db/engine/<vendor>} with their own history table ({@code petition_engine_schema_history}).
 * They cannot run with the product's migrations ({@code db/migration}): those run before the
 * engine, which creates its tables on a fresh database, exists. These run once it does (this bean
 * needs the engine).
 */
@Component
class EngineTableMigrations {

  static final String HISTORY_TABLE = "petition_engine_schema_history";

  EngineTableMigrations(ProcessEngine engine, DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine/" + vendor(dataSource))
        .table(HISTORY_TABLE)
        // Camunda's tables are there: the schema is not empty, and its history starts here
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  private static String vendor(DataSource dataSource) {
    try {
      String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
      return DatabaseDriver.fromJdbcUrl(url).getId();
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("数据库不可用，无法检查引擎表的索引", e);
    }
  }
}
