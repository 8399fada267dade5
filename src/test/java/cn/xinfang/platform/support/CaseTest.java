package cn.xinfang.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseNotices;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.casefile.CaseViews;
import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Registration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the petition process tests: the platform, the demo users' desk and the case file. */
@PlatformTest
public abstract class CaseTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected IdentityService identity;
  @Autowired protected PetitionRegistry registry;
  @Autowired protected CaseViews views;
  @Autowired protected CaseNotices notices;

  protected Desk desk;
  protected CaseFlow flow;

  @BeforeEach
  void openTheDesk() {
    AbstractAssertions.init(engine);
    desk = new Desk(identity, tasks);
    flow = new CaseFlow(registry, desk, engine);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  protected ProcessInstance instance(Registration registration) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceId(registration.processInstanceId())
        .singleResult();
  }

  protected CaseView view(String caseNo) {
    return views.view(caseNo).orElseThrow();
  }

  protected List<CaseAction> actions(String caseNo) {
    return view(caseNo).record().stream().map(e -> CaseAction.valueOf(e.action())).toList();
  }

  protected CaseView.Unit unit(String caseNo, String unit) {
    return view(caseNo).units().stream()
        .filter(u -> u.unit().equals(unit))
        .findFirst()
        .orElseThrow();
  }

  /** The case's one notice of this kind (ACCEPTANCE, NON_ACCEPTANCE, EXTENSION, REPLY). */
  protected CaseView.Notice notice(String caseNo, String kind) {
    List<CaseView.Notice> found =
        view(caseNo).notices().stream().filter(n -> n.kind().equals(kind)).toList();
    assertThat(found).as("%s of %s", kind, caseNo).hasSize(1);
    return found.get(0);
  }

  /** The notice as it was issued, the HTML its URL answers. */
  protected String html(String caseNo, CaseView.Notice notice) {
    return notices.html(caseNo, notice.id()).orElseThrow();
  }
}
