package cn.xinfang.platform.notice;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.notice.NoticeDeliveryVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.intake.PetitionVariables;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notices (文书) the statute requires: each issued from its template with the case's facts,
 * listed on the case as 待送达, delivered by the issuing unit in 送达文书, then 已送达 with the day, the way
 * and who delivered it.
 */
class NoticesTest extends CaseTest {

  /** Tuesday 2026-09-01, 09:00 in Beijing. */
  static final Instant ISSUED = Instant.parse("2026-09-01T01:00:00Z");

  static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(Date.from(ISSUED));
  }

  @Test
  void aUnitSigningForTheCaseIssuesAnAcceptanceNoticeThatItsOfficialDelivers() {
    Registration r = flow.register(Petitions.claim(601).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());

    CaseView.Notice notice = notice(r.caseNo(), "ACCEPTANCE");
    assertThat(notice.title()).isEqualTo("受理告知书");
    assertThat(notice.issuingUnit()).isEqualTo("human-resources");
    assertThat(notice.issuedBy()).isEqualTo("human-resources-official");
    assertThat(notice.statusLabel()).isEqualTo("待送达");
    assertThat(notice.url()).isEqualTo("/api/petitions/" + r.caseNo() + "/notices/" + notice.id());
    LocalDate deadline = unit(r.caseNo(), "human-resources").handlingDeadline();
    String html = html(r.caseNo(), notice);
    assertThat(html).contains("<h1>受理告知书</h1>", "@page { size: A4;", "@media print");
    assertThat(printed(html))
        .contains("人力资源和社会保障局", "案件编号：" + r.caseNo(), "王601：")
        .contains("您于2026年9月1日提出的信访事项", "已于2026年9月1日受理")
        .contains("某建筑公司拖欠工资三个月", "办理期限至" + deadline.format(CHINESE))
        .doesNotContain(Petitions.idNumber(601), "13900001111");
    assertThat(recorded(r.caseNo(), "NOTICE_ISSUED")).containsExactly("出具《受理告知书》（待送达）");

    Task task = desk.visibleTask("human-resources-official", r.caseNo(), "Task_DeliverNotice");
    assertThat(task.getName()).isEqualTo("送达文书");
    // 5 days from Tuesday 09-01 is Sunday 09-06: due on Monday
    assertThat(task.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-09-07T15:59:59.999Z"));
    assertThat(desk.countVisible("police-official", r.caseNo(), "Task_DeliverNotice")).isZero();

    ClockUtil.setCurrentTime(Date.from(ISSUED.plusSeconds(86_400)));
    flow.deliver("human-resources-official", r.caseNo(), notice.id(), "IN_PERSON", "2026-09-02");

    CaseView.Notice delivered = notice(r.caseNo(), "ACCEPTANCE");
    assertThat(delivered.statusLabel()).isEqualTo("已送达");
    assertThat(delivered.deliveredOn()).isEqualTo(LocalDate.of(2026, 9, 2));
    assertThat(delivered.deliveryWayLabel()).isEqualTo("当面送达");
    assertThat(delivered.deliveredBy()).isEqualTo("human-resources-official");
    assertThat(recorded(r.caseNo(), "NOTICE_DELIVERED"))
        .containsExactly("《受理告知书》已于 2026-09-02 当面送达");
    assertThat(desk.openTasks(r.caseNo()))
        .extracting(Task::getTaskDefinitionKey)
        .doesNotContain("Task_DeliverNotice");
  }

  @Test
  void aMatterDivertedIntoLegalProcedureGetsTheBureausNonAcceptanceNotice() {
    Registration r = flow.register(Petitions.claim(602).about("court-case").lawRelated().build());
    flow.decide(r.caseNo(), PetitionVariables.LEGAL_PROCEDURE, "属于民事诉讼事项，应依法向人民法院提起诉讼");

    CaseView.Notice notice = notice(r.caseNo(), "NON_ACCEPTANCE");
    assertThat(notice.title()).isEqualTo("不予受理告知书");
    assertThat(notice.issuingUnit()).isEqualTo("petition-bureau");
    assertThat(notice.issuedBy()).isEqualTo("registrar");
    assertThat(printed(html(r.caseNo(), notice)))
        .contains("王602：", "信访局", "诉讼、仲裁、行政复议等法定途径", "已将该事项转政法委依法处理")
        .contains("属于民事诉讼事项，应依法向人民法院提起诉讼")
        .doesNotContain("纪委监委");

    flow.deliver("registrar", r.caseNo(), notice.id(), "POST", "2026-09-01");

    assertThat(notice(r.caseNo(), "NON_ACCEPTANCE").deliveryWayLabel()).isEqualTo("邮寄送达");
    assertThat(recorded(r.caseNo(), "NOTICE_DELIVERED"))
        .containsExactly("《不予受理告知书》已于 2026-09-01 邮寄送达");
  }

  @Test
  void anAccusationForwardedToDisciplineInspectionGetsANonAcceptanceNotice() {
    Registration r =
        flow.register(Petitions.claim(603).about("other").category("ACCUSATION").build());
    flow.decide(r.caseNo(), PetitionVariables.ACCUSATION, "检举村干部侵占集体资金，转纪委监委依规处理");

    CaseView.Notice notice = notice(r.caseNo(), "NON_ACCEPTANCE");
    assertThat(notice.issuingUnit()).isEqualTo("petition-bureau");
    assertThat(printed(html(r.caseNo(), notice)))
        .contains("检举控告公职人员", "已将该事项转送纪委监委", "检举村干部侵占集体资金")
        .doesNotContain("诉讼、仲裁、行政复议");
    assertThat(desk.countVisible("petition-bureau-official", r.caseNo(), "Task_DeliverNotice"))
        .isEqualTo(1);
    assertThat(desk.countVisible("discipline-official", r.caseNo(), "Task_DeliverNotice")).isZero();
  }

  @Test
  void anApprovedExtensionIssuesAnExtensionNoticeWithReasonDaysAndNewDeadline() {
    Registration r = flow.register(Petitions.claim(604).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    LocalDate before = unit(r.caseNo(), "human-resources").handlingDeadline();
    flow.requestExtension("human-resources", r.caseNo(), 20, "需等待不动产登记部门出具权属证明");
    assertThat(view(r.caseNo()).notices()).extracting(CaseView.Notice::kind).hasSize(1);

    flow.approveExtension("human-resources", r.caseNo());

    CaseView.Notice notice = notice(r.caseNo(), "EXTENSION");
    assertThat(notice.title()).isEqualTo("延期告知书");
    assertThat(notice.issuedBy()).isEqualTo("human-resources-leader");
    assertThat(notice.statusLabel()).isEqualTo("待送达");
    LocalDate after = unit(r.caseNo(), "human-resources").handlingDeadline();
    assertThat(printed(html(r.caseNo(), notice)))
        .contains("原定办理期限至" + before.format(CHINESE))
        .contains("办理期限延长20日，延至" + after.format(CHINESE))
        .contains("需等待不动产登记部门出具权属证明");
    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("EXTENSION_APPROVED"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).doesNotContain("告知"));

    flow.deliver("human-resources-leader", r.caseNo(), notice.id(), "SMS", "2026-09-01");
    assertThat(notice(r.caseNo(), "EXTENSION").deliveredBy()).isEqualTo("human-resources-leader");
  }

  @Test
  void theApprovedReplyIsIssuedByTheLeadUnitAsTheWrittenReply() {
    Registration r = flow.register(Petitions.claim(605).about("land").build());
    flow.forward(r.caseNo(), null, "natural-resources", "township-1");
    flow.unitHandles("natural-resources", r.caseNo());
    flow.unitHandles("township-1", r.caseNo());
    flow.consolidate("natural-resources", r.caseNo());
    assertThat(view(r.caseNo()).notices())
        .extracting(CaseView.Notice::kind)
        .doesNotContain("REPLY");

    flow.leaderDecidesReply("natural-resources", r.caseNo(), APPROVE);

    CaseView view = view(r.caseNo());
    assertThat(view.statusLabel()).isEqualTo("已出具答复意见书");
    CaseView.Notice reply = notice(r.caseNo(), "REPLY");
    assertThat(reply.issuingUnit()).isEqualTo("natural-resources");
    assertThat(reply.issuedBy()).isEqualTo("natural-resources-leader");
    assertThat(printed(html(r.caseNo(), reply)))
        .contains("答复意见书", "自然资源局", "王605：", "案件编号：" + r.caseNo())
        .contains("经各责任单位调查核实，您反映的问题已依法处理")
        .contains("某建筑公司拖欠工资三个月", "30日内");
    assertThat(view.record())
        .filteredOn(e -> e.action().equals("REPLIED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.detail()).isEqualTo("出具《答复意见书》（待送达）");
              assertThat(e.unit()).isEqualTo("natural-resources");
            });
    assertThat(view.notices())
        .extracting(CaseView.Notice::kind, CaseView.Notice::issuingUnit)
        .containsExactlyInAnyOrder(
            tuple("ACCEPTANCE", "natural-resources"),
            tuple("ACCEPTANCE", "township-1"),
            tuple("REPLY", "natural-resources"));

    flow.deliver("natural-resources-official", r.caseNo(), reply.id(), "ONLINE", "2026-09-01");
    assertThat(notice(r.caseNo(), "REPLY").statusLabel()).isEqualTo("已送达");
  }

  @Test
  void whatPetitionersAndOfficialsTypedIsPrintedAsTextNeverAsMarkup() {
    Registration r =
        flow.register(
            Petitions.claim(606).content("<script>alert('content')</script>拖欠工资 & 补偿").build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.unitHandles("human-resources", r.caseNo());
    desk.complete(
        "human-resources-official",
        r.caseNo(),
        "Task_ConsolidateReply",
        Map.of(
            PetitionVariables.REPLY_TEXT,
            "经调查核实，<img src=x onerror=alert(1)> 欠薪将于十日内发放。\n如不服，可申请复查。"));
    flow.leaderDecidesReply("human-resources", r.caseNo(), APPROVE);

    String html = html(r.caseNo(), notice(r.caseNo(), "REPLY"));
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;content&#39;)&lt;/script&gt;拖欠工资 &amp; 补偿")
        .contains("&lt;img src=x onerror=alert(1)&gt; 欠薪将于十日内发放。\n如不服，可申请复查。")
        .doesNotContain("<script", "<img");
  }

  @Test
  void anInvalidDeliveryIsRefusedInChineseAndTheNoticeStaysToBeDelivered() {
    Registration r = flow.register(Petitions.claim(607).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    long id = notice(r.caseNo(), "ACCEPTANCE").id();
    String official = "human-resources-official";

    assertThatThrownBy(() -> flow.deliver(official, r.caseNo(), id, Map.of()))
        .hasMessageContaining("请选择送达方式")
        .hasMessageContaining("请填写送达日期");
    assertThatThrownBy(() -> flow.deliver(official, r.caseNo(), id, "FAX", "2026-09-01"))
        .hasMessageContaining("送达方式只能是：当面送达、邮寄送达、短信告知、网上告知");
    assertThatThrownBy(() -> flow.deliver(official, r.caseNo(), id, "POST", "2026-02-30"))
        .hasMessageContaining("送达日期应为有效日期，格式如 2026-11-24");
    assertThatThrownBy(() -> flow.deliver(official, r.caseNo(), id, "POST", "2026-09-02"))
        .hasMessageContaining("送达日期不能晚于今天（2026-09-01）");
    assertThatThrownBy(() -> flow.deliver(official, r.caseNo(), id, "POST", "2026-08-31"))
        .hasMessageContaining("送达日期不能早于文书出具日期（2026-09-01）");
    Map<String, Object> longNote = new HashMap<>();
    longNote.put(DELIVERY_WAY, "POST");
    longNote.put(DELIVERED_ON, "2026-09-01");
    longNote.put(DELIVERY_NOTE, "挂".repeat(501));
    assertThatThrownBy(() -> flow.deliver(official, r.caseNo(), id, longNote))
        .hasMessageContaining("送达说明不能超过 500 个字");

    assertThat(notice(r.caseNo(), "ACCEPTANCE").statusLabel()).isEqualTo("待送达");
    assertThat(recorded(r.caseNo(), "NOTICE_DELIVERED")).isEmpty();
    assertThat(desk.countVisible(official, r.caseNo(), "Task_DeliverNotice")).isEqualTo(1);

    longNote.put(DELIVERY_NOTE, "挂号信 XA123456789CN");
    flow.deliver(official, r.caseNo(), id, longNote);
    assertThat(recorded(r.caseNo(), "NOTICE_DELIVERED"))
        .containsExactly("《受理告知书》已于 2026-09-01 邮寄送达（挂号信 XA123456789CN）");
  }

  /** The notice as a reader sees it: its text without the markup. */
  private static String printed(String html) {
    return html.replaceAll("<[^>]+>", "");
  }

  private List<String> recorded(String caseNo, String action) {
    return view(caseNo).record().stream()
        .filter(e -> e.action().equals(action))
        .map(CaseView.Entry::detail)
        .toList();
  }
}
