package cn.xinfang.platform.publicquery;

import cn.xinfang.platform.aftercare.AftercareService;
import cn.xinfang.platform.aftercare.Satisfactions;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.casefile.CaseViews;
import cn.xinfang.platform.casefile.Petitioner;
import cn.xinfang.platform.casefile.Petitioners;
import cn.xinfang.platform.casefile.QueryCodes;
import cn.xinfang.platform.casefile.ReplyTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The petitioner's own view of their case, found by case number and query code (only the code's
 * hash is stored). A wrong code and an unknown case number are answered alike.
 */
@Service
class PublicQuery {

  /** Compared against when the case does not exist, so both answers take about as long. */
  private static final String NO_CASE = QueryCodes.hash("no such case", "");

  private final JdbcClient jdbc;
  private final CaseViews views;
  private final Petitioners petitioners;
  private final ReplyTexts replies;
  private final Satisfactions satisfactions;
  private final AftercareService aftercare;

  PublicQuery(
      JdbcClient jdbc,
      CaseViews views,
      Petitioners petitioners,
      ReplyTexts replies,
      Satisfactions satisfactions,
      AftercareService aftercare) {
    this.jdbc = jdbc;
    this.views = views;
    this.petitioners = petitioners;
    this.replies = replies;
    this.satisfactions = satisfactions;
    this.aftercare = aftercare;
  }

  /** Whether {@code code} is the case's query code; false for a case that does not exist. */
  boolean matches(String caseNo, String code) {
    String stored =
        caseNo == null
            ? null
            : jdbc.sql("select query_code_hash from petition_case where case_no = ?")
                .param(caseNo)
                .query(String.class)
                .optional()
                .orElse(null);
    String given = QueryCodes.hash(caseNo == null ? "" : caseNo, code == null ? "" : code.strip());
    boolean equal =
        MessageDigest.isEqual(
            (stored == null ? NO_CASE : stored).getBytes(StandardCharsets.US_ASCII),
            given.getBytes(StandardCharsets.US_ASCII));
    return stored != null && equal;
  }

  /** The case as its petitioner sees it (the code was checked). */
  PublicCaseView view(String caseNo) {
    CaseView c = views.view(caseNo).orElseThrow();
    List<String> personal = personalData(caseNo);
    List<PublicCaseView.Step> steps =
        c.record().stream()
            // reminders to officials are their business, not the petitioner's
            .filter(e -> !e.action().equals("REMINDED"))
            .map(e -> new PublicCaseView.Step(e.at().toLocalDate(), e.actionLabel()))
            .toList();
    List<PublicCaseView.Deadline> deadlines = new ArrayList<>();
    if (c.forwardDeadline() != null) {
      deadlines.add(new PublicCaseView.Deadline("转送、交办", "信访局", c.forwardDeadline()));
    }
    for (CaseView.Unit u : c.units()) {
      if (u.acceptDeadline() != null) {
        deadlines.add(new PublicCaseView.Deadline("告知是否受理", u.unitName(), u.acceptDeadline()));
      }
      if (u.handlingDeadline() != null) {
        deadlines.add(new PublicCaseView.Deadline("办理", u.unitName(), u.handlingDeadline()));
      }
    }
    Optional<CaseView.Notice> reply =
        c.notices().stream()
            .filter(n -> n.kind().equals("REPLY") && n.deliveredOn() != null)
            .reduce((a, b) -> b);
    PublicCaseView.Reply answer =
        reply
            .map(
                n ->
                    new PublicCaseView.Reply(
                        n.title(),
                        n.deliveredOn(),
                        masked(replies.latest(caseNo).orElse(null), personal)))
            .orElse(null);
    boolean rated = satisfactions.petitionerRated(caseNo);
    PublicCaseView.Window window =
        aftercare
            .openWindow(caseNo)
            .map(w -> new PublicCaseView.Window(w.label(), w.closesOn()))
            .orElse(null);
    return new PublicCaseView(
        c.caseNo(),
        c.status(),
        c.statusLabel(),
        c.registeredAt().toLocalDate(),
        steps,
        deadlines,
        answer,
        window,
        rated,
        answer != null && !rated);
  }

  private List<String> personalData(String caseNo) {
    return petitioners.of(caseNo).stream()
        .flatMap((Petitioner p) -> Stream.of(p.name(), p.idNumber(), p.phone(), p.address()))
        .filter(s -> s != null && !s.isBlank())
        .sorted(Comparator.comparing(String::length).reversed())
        .toList();
  }

  /** The petitioners' names, ID numbers, phones and addresses in a text, masked. */
  static String masked(String text, List<String> personal) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String p : personal) {
      out = out.replace(p, "＊".repeat(Math.min(p.length(), 6)));
    }
    return out;
  }
}
