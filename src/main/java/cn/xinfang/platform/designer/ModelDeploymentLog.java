package cn.xinfang.platform.designer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deployments' ledger ({@code model_deployment_log}): who deployed which models when, and what
 * changed against each model's previous version. Written inside the deployment's transaction, so a
 * refused or failed deployment leaves no line.
 */
@Component
class ModelDeploymentLog {

  record Entry(
      long id,
      Instant at,
      String deploymentId,
      String name,
      String source,
      String actor,
      String resources,
      String summary) {}

  private final JdbcTemplate jdbc;

  ModelDeploymentLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(
      String deploymentId,
      String name,
      String source,
      String actor,
      Instant at,
      Map<String, byte[]> resources) {
    List<String> summaries = new ArrayList<>();
    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
      byte[] before = previous(resource.getKey(), deploymentId).orElse(null);
      summaries.add(ModelDiff.summary(resource.getKey(), before, resource.getValue()));
    }
    jdbc.update(
        "insert into model_deployment_log (at, deployment_id, name, source, actor, resources, summary)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(at),
        deploymentId,
        name,
        source,
        actor,
        cut(String.join("\n", resources.keySet()), 4000),
        cut(String.join("\n", summaries), 8000));
  }

  /**
   * The file of this name as the newest deployment before this one held it. Modeler deploys a file
   * by its name alone ({@code responsibility-catalogue.dmn}), the start by its folder ({@code
   * processes/responsibility-catalogue.dmn}): both are the same model.
   */
  Optional<byte[]> previous(String resourceName, String deploymentId) {
    String file = fileName(resourceName);
    return jdbc
        .query(
            "select b.BYTES_ from ACT_GE_BYTEARRAY b join ACT_RE_DEPLOYMENT d on b.DEPLOYMENT_ID_ = d.ID_"
                + " where (b.NAME_ = ? or b.NAME_ like ?) and d.ID_ <> ?"
                + " and d.DEPLOY_TIME_ <= coalesce((select DEPLOY_TIME_ from ACT_RE_DEPLOYMENT where ID_ = ?), d.DEPLOY_TIME_)"
                + " order by d.DEPLOY_TIME_ desc, d.ID_ desc fetch first 1 rows only",
            (rs, i) -> rs.getBytes(1),
            file,
            "%/" + file,
            deploymentId,
            deploymentId)
        .stream()
        .findFirst();
  }

  /** Whether a deployment newer than this one holds a file of this name. */
  boolean hasNewerVersion(String resourceName, String deploymentId) {
    String file = fileName(resourceName);
    Integer newer =
        jdbc.queryForObject(
            "select count(*) from ACT_GE_BYTEARRAY b join ACT_RE_DEPLOYMENT d on b.DEPLOYMENT_ID_ = d.ID_"
                + " where (b.NAME_ = ? or b.NAME_ like ?)"
                + " and d.DEPLOY_TIME_ > (select DEPLOY_TIME_ from ACT_RE_DEPLOYMENT where ID_ = ?)",
            Integer.class,
            file,
            "%/" + file,
            deploymentId);
    return newer != null && newer > 0;
  }

  List<Entry> latest(int limit) {
    return jdbc.query(
        "select * from model_deployment_log order by at desc, id desc fetch first "
            + limit
            + " rows only",
        (rs, i) ->
            new Entry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("deployment_id"),
                rs.getString("name"),
                rs.getString("source"),
                rs.getString("actor"),
                rs.getString("resources"),
                rs.getString("summary")));
  }

  private static String fileName(String resourceName) {
    return resourceName.substring(resourceName.lastIndexOf('/') + 1);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
