package cn.xinfang.platform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scale benchmark's data, made in bulk in PostgreSQL by copying cases the platform itself made
 * through its API (templates): every row of a template case, in the product's tables and in the
 * engine's, is copied {@code copies} times with new ids, a new case number and a new petitioner's
 * ID number. Copies of running cases are as valid as the templates (Tasklist lists, opens and
 * completes their tasks; their timers are jobs); copies of finished cases keep the case file and
 * the history Cockpit and the monitoring read, moved back into past years and closed.
 *
 * <p>Which columns hold ids of the case's own rows is found from the data, not listed: a column
 * whose value in some template row is the id of another copied row gets the copy's id, and a text
 * column that contains the template's case number gets the copy's. The engine's ids are time-based
 * UUIDs (some behind an activity id); a copy's id replaces the UUID's last 12 hex digits (the node,
 * the same in every id one JVM makes) with the copy's own number, so it keeps its length.
 */
final class ScaleData {

  /**
   * Product tables not copied: per request or per person rather than per case; the supervision
   * ledger, whose hash chain a copy would break; the case number counter (set after copying).
   */
  private static final Set<String> NOT_COPIED =
      Set.of(
          "intake_idempotency",
          "personal_data_read",
          "supervision_ledger",
          "supervision_ledger_head",
          "petition_case_counter",
          "flyway_schema_history");

  /** What a closed case no longer has: its matter is no longer open, nobody owns it any more. */
  private static final Set<String> OPEN_ONLY =
      Set.of("petition_open_matter", "supervision_open", "case_ownership_open");

  /** The engine's rows of a running case, each table before those referring to it. */
  static final List<String> RUNNING_ENGINE_TABLES =
      List.of(
          "act_ge_bytearray", // before the variables and jobs referring to it
          "act_ru_execution",
          "act_ru_task",
          "act_ru_identitylink",
          "act_ru_variable",
          "act_ru_job",
          "act_ru_event_subscr",
          "act_ru_authorization",
          "act_hi_procinst",
          "act_hi_actinst",
          "act_hi_taskinst",
          "act_hi_varinst",
          "act_hi_identitylink");

  /** The engine's rows a finished case keeps until the history cleanup: what Cockpit reads. */
  static final List<String> FINISHED_ENGINE_TABLES = List.of("act_hi_procinst", "act_hi_taskinst");

  /** Copies a batch commits at once (a million copies are made in steps, with progress shown). */
  private static final int COPIES_PER_STEP = 10_000;

  /**
   * A batch of copies: {@code tag}'s first letter makes its ids differ from other batches'; {@code
   * caseNumber} and {@code shift} are SQL of {@code seq} (0-based number of the copy in the batch):
   * the new case number and how far back in time the copy lies.
   */
  record Batch(
      String tag,
      List<String> templateCases,
      int copies,
      boolean finished,
      String caseNumber,
      String shift,
      long firstPerson) {}

  private final Connection db;

  ScaleData(Connection db) {
    this.db = db;
  }

  /** Copies the batch; returns the rows written per table. */
  Map<String, Long> copy(Batch batch, java.util.function.Consumer<String> progress)
      throws SQLException {
    db.setAutoCommit(true);
    prepare(batch);
    Map<String, Long> written = new LinkedHashMap<>();
    List<Table> tables = new ArrayList<>();
    for (String table : batch.finished() ? FINISHED_ENGINE_TABLES : RUNNING_ENGINE_TABLES) {
      tables.add(engineTable(table));
    }
    for (String table : productTables()) {
      if (!(batch.finished() && OPEN_ONLY.contains(table))) {
        tables.add(new Table(table, "clone_template", "t.case_no = p.template_case"));
      }
    }
    collectIds(tables);
    List<String> statements = new ArrayList<>();
    for (Table table : tables) {
      String insert = insertFor(table, batch);
      if (insert != null) {
        statements.add(insert);
        if (Boolean.getBoolean("benchmark.show-sql")) {
          progress.accept(insert);
        }
        written.put(table.name(), 0L);
      }
    }
    for (int from = 1; from <= batch.copies(); from += COPIES_PER_STEP) {
      int to = Math.min(batch.copies(), from + COPIES_PER_STEP - 1);
      db.setAutoCommit(false);
      for (int i = 0; i < statements.size(); i++) {
        try (PreparedStatement insert = db.prepareStatement(statements.get(i))) {
          insert.setInt(1, from);
          insert.setInt(2, to);
          String table = new ArrayList<>(written.keySet()).get(i);
          written.merge(table, (long) insert.executeUpdate(), Long::sum);
        }
      }
      db.commit();
      db.setAutoCommit(true);
      progress.accept(
          String.format(
              "%s: %d of %d copies of %d template cases",
              batch.tag(), to, batch.copies(), batch.templateCases().size()));
    }
    return written;
  }

  /**
   * Statistics for the planner once the tables have their new size, as autovacuum would, and the
   * copies written out, so that the platform's start-up is not measured against that backlog.
   */
  void settle() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("vacuum analyze");
      s.execute("checkpoint");
    }
  }

  // --- the copy map ---

  /**
   * {@code clone_template}: each template case, its process instance and its index; {@code
   * clone_copy}: each copy's template, new case number, id suffix, shift back in time and person.
   */
  private void prepare(Batch batch) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("drop table if exists clone_template, clone_copy, clone_pis, clone_ids");
      s.execute(
          "create temp table clone_template (template_case varchar(20) primary key,"
              + " pi varchar(64) not null, idx int not null)");
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into clone_template select case_no, process_instance_id, ? from petition_case"
                + " where case_no = ?")) {
      int index = 0;
      for (String templateCase : batch.templateCases()) {
        insert.setInt(1, index++);
        insert.setString(2, templateCase);
        if (insert.executeUpdate() != 1) {
          throw new IllegalStateException("no template case " + templateCase);
        }
      }
    }
    int templates = batch.templateCases().size();
    try (Statement s = db.createStatement()) {
      s.execute(
          String.format(
              "create temp table clone_copy as select t.template_case, n,"
                  + " %2$s as new_case, lpad(to_hex(%7$d + n), 12, '0') as suffix, %3$s as shift,"
                  + " %4$d + seq as person"
                  + " from clone_template t cross join generate_series(1, %5$d) n"
                  + " cross join lateral (select (n - 1) * %6$d + t.idx as seq) s",
              batch.tag(),
              batch.caseNumber(),
              batch.shift(),
              batch.firstPerson(),
              batch.copies(),
              templates,
              ((long) batch.tag().charAt(0)) << 32));
      s.execute("create index on clone_copy (template_case, n)");
      s.execute("analyze clone_copy");
      // the case's process instances: the petition's, the units' it called, its notices and mails
      s.execute(
          "create temp table clone_pis as select c.template_case, h.id_ as pi from act_hi_procinst h"
              + " join clone_template c on h.business_key_ = c.template_case");
      s.execute("create unique index on clone_pis (pi)");
      s.execute("analyze clone_pis");
    }
  }

  /** {@code clone_ids}: the ids of every template row copied; a column holding one is remapped. */
  private void collectIds(List<Table> tables) throws SQLException {
    StringBuilder union = new StringBuilder();
    for (Table table : tables) {
      if (table.name().startsWith("act_") && columns(table.name()).containsKey("id_")) {
        if (!union.isEmpty()) {
          union.append(" union ");
        }
        union.append(
            String.format(
                "select t.id_ from %s t join %s p on %s",
                table.name(), table.source(), table.owner()));
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("create temp table clone_ids as " + union);
      s.execute("create unique index on clone_ids (id_)");
      s.execute("analyze clone_ids");
    }
  }

  // --- one table ---

  /**
   * A table and how its rows belong to a template case: {@code t} the row joined to {@code p}, a
   * row of {@code source} (the template's process instances, or the template case itself).
   */
  private record Table(String name, String source, String owner) {}

  /** Engine tables whose rows name their case's process instance in no column of their own. */
  private static final Map<String, String> OWNED_THROUGH_TASKS =
      Map.of(
          "act_ru_identitylink",
          "t.task_id_ in (select k.id_ from act_ru_task k where k.proc_inst_id_ = p.pi)",
          "act_ru_authorization",
          "t.resource_id_ in (select k.id_ from act_ru_task k where k.proc_inst_id_ = p.pi)",
          "act_ge_bytearray",
          "(t.root_proc_inst_id_ = p.pi or t.id_ in (select v.bytearray_id_ from act_ru_variable v"
              + " where v.proc_inst_id_ = p.pi))");

  private Table engineTable(String table) throws SQLException {
    if (OWNED_THROUGH_TASKS.containsKey(table)) {
      return new Table(table, "clone_pis", OWNED_THROUGH_TASKS.get(table));
    }
    Map<String, String> columns = columns(table);
    for (String owner : List.of("proc_inst_id_", "process_instance_id_", "root_proc_inst_id_")) {
      if (columns.containsKey(owner)) {
        return new Table(table, "clone_pis", "t." + owner + " = p.pi");
      }
    }
    throw new IllegalStateException(table + " has no column naming its process instance");
  }

  /**
   * The {@code insert … select} copying the table's template rows for copies {@code ?..?}; null
   * when the templates have no row in it.
   */
  private String insertFor(Table table, Batch batch) throws SQLException {
    if (!any(table, "true")) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> column : columns(table.name()).entrySet()) {
      String name = column.getKey();
      String type = column.getValue();
      if (type.equals("identity")) {
        continue; // numbered by the database
      }
      names.add(name);
      values.add(valueOf(table, name, type, batch));
    }
    return String.format(
        "insert into %s (%s) select %s from %s t join %s p on %s"
            + " join clone_copy c on c.template_case = p.template_case and c.n between ? and ?",
        table.name(),
        String.join(", ", names),
        String.join(", ", values),
        table.name(),
        table.source(),
        table.owner());
  }

  /** What a copied row holds in a column. */
  private String valueOf(Table table, String column, String type, Batch batch) throws SQLException {
    String value = "t." + column;
    if (column.equals("case_no")) {
      value = "c.new_case";
    } else if (column.equals("id_number")) {
      value =
          "case when t.id_number is null then null else left(t.id_number, 6)"
              + " || lpad(c.person::text, 11, '0') || right(t.id_number, 1) end";
    } else if (type.equals("text") && any(table, value + " in (select id_ from clone_ids)")) {
      value =
          "case when "
              + value
              + " in (select id_ from clone_ids) then left("
              + value
              + ", -12) || c.suffix else "
              + value
              + " end";
    } else if (type.equals("text")
        && any(table, "position(p.template_case in " + value + ") > 0")) {
      value = "replace(" + value + ", c.template_case, c.new_case)";
    } else if (type.equals("time")) {
      value = "(" + value + " - c.shift)";
    }
    return batch.finished() ? finished(table.name(), column, value) : value;
  }

  /** A finished case's row: its process instance, tasks, case and parts closed. */
  private static String finished(String table, String column, String value) {
    return switch (table + "." + column) {
      case "act_hi_procinst.end_time_" -> "(t.start_time_ - c.shift) + interval '30 days'";
      case "act_hi_procinst.duration_" -> "cast(2592000000 as bigint)"; // 30 days in ms
      case "act_hi_procinst.state_" -> "'COMPLETED'";
      case "act_hi_taskinst.end_time_" ->
          "coalesce(" + value + ", (t.start_time_ - c.shift) + interval '2 days')";
      case "act_hi_taskinst.delete_reason_" -> "coalesce(t.delete_reason_, 'completed')";
      case "petition_case.status" -> "'CLOSED'";
      case "petition_case.closed_at" -> "(t.registered_at - c.shift) + interval '30 days'";
      case "petition_unit.status" -> "'DONE'";
      case "petition_unit.finished_at" ->
          "coalesce(" + value + ", (t.assigned_at - c.shift) + interval '20 days')";
      default -> value;
    };
  }

  /** Whether some template row of the table matches the condition (on {@code t} and {@code p}). */
  private boolean any(Table table, String condition) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                String.format(
                    "select exists (select 1 from %s t join %s p on %s where %s)",
                    table.name(), table.source(), table.owner(), condition))) {
      r.next();
      return r.getBoolean(1);
    }
  }

  /**
   * The table's columns in order, each as {@code identity}, {@code text}, {@code time} or {@code
   * other}.
   */
  private Map<String, String> columns(String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "select column_name, data_type, is_identity from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ?"
                + " order by ordinal_position")) {
      query.setString(1, table);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          String type = r.getString(2);
          columns.put(
              r.getString(1),
              "YES".equals(r.getString(3))
                  ? "identity"
                  : type.startsWith("character") || type.equals("text")
                      ? "text"
                      : type.startsWith("timestamp") || type.equals("date") ? "time" : "other");
        }
      }
    }
    return columns;
  }

  /** The product's tables that hold rows of a case (a {@code case_no} column). */
  private List<String> productTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "select c.table_name from information_schema.columns c join"
                    + " information_schema.tables t using (table_schema, table_name)"
                    + " where c.table_schema = current_schema() and c.column_name = 'case_no'"
                    + " and t.table_type = 'BASE TABLE' order by c.table_name")) {
      while (r.next()) {
        if (!NOT_COPIED.contains(r.getString(1))) {
          tables.add(r.getString(1));
        }
      }
    }
    // the case first, then what refers to it
    tables.remove("petition_case");
    tables.add(0, "petition_case");
    return tables;
  }
}
