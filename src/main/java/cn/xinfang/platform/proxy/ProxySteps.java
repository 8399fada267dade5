package cn.xinfang.platform.proxy;

import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.intake.PetitionVariables;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The steps of {@code proxy-handling} (信访代办), one bean each. */
final class ProxySteps {

  private ProxySteps() {}

  static final String PROCESS_ID = "proxy-handling";
  static final String LEVEL = "level";
  static final String LEVEL_BODY = "levelBody";
  static final String LEVEL_LABEL = "levelLabel";
  static final String DECISION = "proxyDecision";
  static final String MEDIATED_ON = "mediatedOn";
  static final String PARTIES = "parties";

  static final Map<String, String> DECISIONS = new LinkedHashMap<>();

  static {
    DECISIONS.put(ProxyService.RESOLVED, "已化解");
    DECISIONS.put(ProxyService.PASS_UP, "本级无法化解，报上一级");
    DECISIONS.put(ProxyService.ACCEPT, "受理，进入信访办理程序（旗县区及以上）");
  }

  static final String PROGRESS = "proxyProgress";

  /** The level the matter is at now, and a line for the agent's progress view. */
  static void at(VariableScope scope, ProxyService.AtLevel at) {
    scope.setVariable(LEVEL, at.level().name());
    scope.setVariable(LEVEL_BODY, at.body());
    scope.setVariable(LEVEL_LABEL, at.label());
    String before = text(scope, PROGRESS);
    String line = at.since() + " 交由" + at.label() + "化解（" + at.due() + " 前）";
    scope.setVariable(PROGRESS, before == null ? line : before + "\n" + line);
  }

  /** {@code Task_StartAtVillage}: the agent's village mediates first. */
  @Component("startProxyDelegate")
  static class Start implements JavaDelegate {
    private final ProxyService proxy;

    Start(ProxyService proxy) {
      this.proxy = proxy;
    }

    @Override
    public void execute(DelegateExecution execution) {
      at(
          execution,
          proxy.file(
              CaseContext.caseNo(execution),
              text(execution, "registeredBy"),
              text(execution, "region")));
    }
  }

  /** {@code Task_PassUp}: the level above takes the matter. */
  @Component("passUpDelegate")
  static class PassUp implements JavaDelegate {
    private final ProxyService proxy;

    PassUp(ProxyService proxy) {
      this.proxy = proxy;
    }

    @Override
    public void execute(DelegateExecution execution) {
      at(execution, proxy.passUp(CaseContext.caseNo(execution)));
    }
  }

  /** {@code Task_LevelOverdue}: the level's limit passed. */
  @Component("proxyOverdueDelegate")
  static class Overdue implements JavaDelegate {
    private final ProxyService proxy;

    Overdue(ProxyService proxy) {
      this.proxy = proxy;
    }

    @Override
    public void execute(DelegateExecution execution) {
      proxy.overdue(CaseContext.caseNo(execution));
    }
  }

  /** {@code Task_Resolve}: the level resolves (with its mediation record), passes up or accepts. */
  @Component("resolveAtLevelListener")
  static class Resolve implements TaskListener {
    private final ProxyService proxy;
    private final CaseRecord record;

    Resolve(ProxyService proxy, CaseRecord record) {
      this.proxy = proxy;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String decision = input.requiredChoice(DECISION, "本级处理结果", DECISIONS);
      String text = input.requiredText(TextField.MEDIATION_RECORD);
      LocalDate on = null;
      String parties = input.optionalText(TextField.MEDIATION_PARTIES);
      if (ProxyService.RESOLVED.equals(decision)) {
        on = input.requiredDate(MEDIATED_ON, "调解日期");
      }
      input.check();
      String caseNo = CaseContext.caseNo(task);
      proxy.refused(caseNo, decision, on, parties).forEach(input::reject);
      input.check();
      proxy.decide(caseNo, decision, on, parties, text, record.actor(task.getAssignee()));
      if (ProxyService.ACCEPT.equals(decision)) {
        // the petition procedure starts at the level that accepted it: its petition bureau
        task.getExecution().setVariable(PetitionVariables.INTAKE_BUREAU, text(task, LEVEL_BODY));
      }
    }
  }

  /** Due dates of {@code proxy-handling}, for its expressions. */
  @Component("proxyDeadlines")
  public static class Deadlines {
    private final ProxyService proxy;

    Deadlines(ProxyService proxy) {
      this.proxy = proxy;
    }

    public Date levelDue() {
      return proxy.levelDue();
    }
  }
}
