package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.APPROVE;
import static cn.xinfang.platform.handling.HandlingVariables.UNIT_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import cn.xinfang.platform.support.PostgresPlatformTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two units' leaders approving their unit's part at the same moment, on PostgreSQL: both succeed
 * the first time, and the petition goes on to the consolidated reply once the engine has joined the
 * parts. The two approvals are made to overlap: each waits, inside its transaction, until the other
 * has started too.
 */
@PostgresPlatformTest
class ParallelHandlingOnPostgresTest {

  /** Makes every completion of 单位领导审批 wait for the other one before it goes on. */
  static volatile CyclicBarrier approvalsMeet;

  @TestConfiguration
  static class ApprovalsThatOverlap {

    @Bean
    AbstractProcessEnginePlugin approvalsMeet() {
      TaskListener waitForTheOther =
          task -> {
            CyclicBarrier barrier = approvalsMeet;
            if (barrier != null) {
              try {
                barrier.await(60, TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException("the other approval never came", e);
              }
            }
          };
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          configuration.getCustomPreBPMNParseListeners().add(inApproveUnitReply(waitForTheOther));
        }
      };
    }

    private static AbstractBpmnParseListener inApproveUnitReply(TaskListener listener) {
      return new AbstractBpmnParseListener() {
        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
          if ("Task_ApproveUnitReply".equals(activity.getId())) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
          }
        }
      };
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Desk desk;
  CaseFlow flow;
  final ExecutorService leaders = Executors.newFixedThreadPool(2);

  @BeforeEach
  void openTheDesk() {
    AbstractAssertions.init(engine);
    desk = new Desk(identity, tasks);
    flow = new CaseFlow(registry, desk, engine);
  }

  @AfterEach
  void closeTheDesk() {
    approvalsMeet = null;
    leaders.shutdownNow();
  }

  @Test
  void twoLeadersApprovingAtTheSameMomentBothSucceedAndThePetitionGoesOnToTheReply()
      throws Exception {
    Registration r = flow.register(Petitions.claim(801).about("land").from("village-2-1").build());
    flow.forward(r.caseNo(), null, "natural-resources", "township-2");
    for (String unit : List.of("natural-resources", "township-2")) {
      flow.signFor(unit, r.caseNo());
      flow.handle(unit, r.caseNo());
    }

    approvalsMeet = new CyclicBarrier(2);
    Future<?> natural = leaders.submit(() -> approve("natural-resources", r.caseNo()));
    Future<?> township = leaders.submit(() -> approve("township-2", r.caseNo()));
    natural.get(90, TimeUnit.SECONDS);
    township.get(90, TimeUnit.SECONDS);

    ProcessInstance petition =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(r.processInstanceId())
            .singleResult();
    List<Job> joins =
        management.createJobQuery().processInstanceId(petition.getId()).messages().list();
    assertThat(joins).hasSize(2).allMatch(job -> ((JobEntity) job).isExclusive());
    joins.forEach(job -> management.executeJob(job.getId()));
    assertThat(petition).isWaitingAt("Task_ConsolidateReply");
  }

  private void approve(String unit, String caseNo) {
    desk.complete(
        unit + "-leader", caseNo, "Task_ApproveUnitReply", Map.of(UNIT_DECISION, APPROVE));
  }
}
