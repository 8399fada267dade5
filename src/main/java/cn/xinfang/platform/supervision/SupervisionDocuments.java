package cn.xinfang.platform.supervision;

import cn.xinfang.platform.system.HtmlTemplates;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 督办函, 通报 and 问责建议书: filled from their templates (Thymeleaf, every value escaped; the page and
 * signature are the notices' own layout) and stored as issued ({@code supervision_document}).
 */
@Component
class SupervisionDocuments {

  /** A stored document: enough to decide who may read it without reading its text. */
  record Document(long id, long supervisionId, String caseNo, String unit, DocumentKind kind) {}

  private final TemplateEngine engine = HtmlTemplates.engine("");
  private final JdbcClient jdbc;

  SupervisionDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fills the template with {@code facts} and stores the result; returns its id. */
  long issue(
      SupervisionCase c, DocumentKind kind, Map<String, Object> facts, Instant at, String by) {
    Map<String, Object> all = new HashMap<>(facts);
    all.put("title", kind.title());
    all.put("supervisionId", c.id());
    all.put("caseNo", c.caseNo());
    String html = engine.process(kind.template(), new Context(Locale.SIMPLIFIED_CHINESE, all));
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into supervision_document (supervision_id, case_no, unit, kind, title, html,"
                + " issued_at, issued_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.id(), c.caseNo(), c.unit(), kind.name(), kind.title(), html, Timestamp.from(at), by)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Document> find(long id) {
    return jdbc.sql(
            "select id, supervision_id, case_no, unit, kind from supervision_document where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Document(
                    rs.getLong("id"),
                    rs.getLong("supervision_id"),
                    rs.getString("case_no"),
                    rs.getString("unit"),
                    DocumentKind.valueOf(rs.getString("kind"))))
        .optional();
  }

  String html(long id) {
    return jdbc.sql("select html from supervision_document where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
