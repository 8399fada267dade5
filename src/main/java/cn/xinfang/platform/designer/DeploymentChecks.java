package cn.xinfang.platform.designer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The checks every deployment passes before officials see it (at start from {@code processes/} and
 * through {@code /engine-rest} from Modeler): a designer's slip is refused with the element and
 * what is wrong, in Chinese, instead of being found by a petitioner. A file the engine cannot read
 * is left to the engine's own parser, which says where.
 */
public final class DeploymentChecks {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private DeploymentChecks() {}

  /** Every finding for these files (name → content), in file order. */
  public static List<Finding> check(Map<String, byte[]> resources, DeploymentContext context) {
    Map<String, BpmnModelInstance> processes = new LinkedHashMap<>();
    Set<String> forms = new HashSet<>(context.deployedForms());
    List<Finding> findings = new ArrayList<>();
    resources.forEach(
        (name, bytes) -> {
          if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            readBpmn(bytes).ifPresent(model -> processes.put(name, model));
          } else if (name.endsWith(".form")) {
            formId(bytes).ifPresent(forms::add);
          } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            readDmn(bytes).ifPresent(model -> checkDmn(name, model, context, findings));
          }
        });
    Map<String, Set<String>> caught = new HashMap<>(context.caughtByProcess());
    processes.values().forEach(model -> caught.putAll(catches(model)));
    Set<String> allCaught = new HashSet<>();
    caught.values().forEach(allCaught::addAll);
    processes.forEach((name, model) -> checkBpmn(name, model, forms, allCaught, context, findings));
    for (String message : context.platformMessages()) {
      if (!allCaught.contains("message:" + message)) {
        String resource = processes.keySet().stream().findFirst().orElse("部署");
        findings.add(
            new Finding(
                resource, null, "平台发出的消息 " + message + " 部署后将没有流程接收（README 中的流程入口），请保留接收它的事件"));
      }
    }
    return findings;
  }

  /** The form's own id (the top-level "id" of its JSON, as camunda:formRef names it). */
  private static java.util.Optional<String> formId(byte[] bytes) {
    try {
      com.fasterxml.jackson.databind.JsonNode id =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes).get("id");
      return id == null || !id.isTextual()
          ? java.util.Optional.empty()
          : java.util.Optional.of(id.asText());
    } catch (java.io.IOException | RuntimeException unreadable) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<BpmnModelInstance> readBpmn(byte[] bytes) {
    try {
      return java.util.Optional.of(Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)));
    } catch (RuntimeException unreadable) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<DmnModelInstance> readDmn(byte[] bytes) {
    try {
      return java.util.Optional.of(Dmn.readModelFromStream(new ByteArrayInputStream(bytes)));
    } catch (RuntimeException unreadable) {
      return java.util.Optional.empty();
    }
  }

  private static void checkBpmn(
      String name,
      BpmnModelInstance model,
      Set<String> forms,
      Set<String> caught,
      DeploymentContext context,
      List<Finding> findings) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()
          && (process.getCamundaHistoryTimeToLiveString() == null
              || process.getCamundaHistoryTimeToLiveString().isBlank())) {
        findings.add(new Finding(name, process.getId(), "流程没有历史保留期（camunda:historyTimeToLive）"));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(name, task, forms, context, findings);
    }
    checkDelegates(name, model.getDocument().getRootElement(), null, context, findings);
    for (ThrowEvent thrower : model.getModelElementsByType(ThrowEvent.class)) {
      for (EventDefinition definition : thrower.getEventDefinitions()) {
        if (definition instanceof EscalationEventDefinition escalation
            && escalation.getEscalation() != null) {
          String code = escalation.getEscalation().getEscalationCode();
          if (!caught.contains("escalation:" + code) && !caught.contains("escalation:*")) {
            findings.add(
                new Finding(name, thrower.getId(), "抛出的升级 " + code + " 没有任何流程捕获（边界事件或事件子流程）"));
          }
        } else if (definition instanceof MessageEventDefinition message
            && message.getMessage() != null
            && !caught.contains("message:" + message.getMessage().getName())) {
          findings.add(
              new Finding(
                  name, thrower.getId(), "发出的消息 " + message.getMessage().getName() + " 没有任何流程接收"));
        }
      }
    }
  }

  private static void checkUserTask(
      String name,
      UserTask task,
      Set<String> forms,
      DeploymentContext context,
      List<Finding> findings) {
    String formRef = task.getCamundaFormRef();
    if ((formRef == null || formRef.isBlank())
        && (task.getCamundaFormKey() == null || task.getCamundaFormKey().isBlank())) {
      findings.add(new Finding(name, task.getId(), "用户任务没有表单（camunda:formRef）"));
    } else if (formRef != null && !formRef.contains("{") && !forms.contains(formRef)) {
      findings.add(new Finding(name, task.getId(), "表单 " + formRef + " 不存在（forms/ 中没有这个 id）"));
    }
    if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
      findings.add(new Finding(name, task.getId(), "用户任务没有截止时间（camunda:dueDate）"));
    }
    String groups = task.getCamundaCandidateGroups();
    boolean someone =
        (groups != null && !groups.isBlank())
            || (task.getCamundaAssignee() != null && !task.getCamundaAssignee().isBlank())
            || (task.getCamundaCandidateUsers() != null
                && !task.getCamundaCandidateUsers().isBlank());
    if (!someone) {
      findings.add(new Finding(name, task.getId(), "用户任务没有候选组（camunda:candidateGroups），没有人能看到它"));
    } else if (groups != null && !groups.contains("{")) {
      for (String group : groups.split(",")) {
        if (!group.isBlank() && !context.groups().contains(group.strip())) {
          findings.add(new Finding(name, task.getId(), "候选组 " + group.strip() + " 不在组织机构中"));
        }
      }
    }
  }

  /** Every camunda:delegateExpression="${bean}" names a component of the platform. */
  private static void checkDelegates(
      String name,
      DomElement element,
      String nearestId,
      DeploymentContext context,
      List<Finding> findings) {
    String id = element.getAttribute("id") == null ? nearestId : element.getAttribute("id");
    String delegate = element.getAttribute(CAMUNDA, "delegateExpression");
    if (delegate != null) {
      Matcher bean = BEAN.matcher(delegate);
      if (bean.matches() && !context.beanExists().test(bean.group(1))) {
        findings.add(
            new Finding(name, id, "委托表达式 " + delegate + " 指向的平台组件 " + bean.group(1) + " 不存在"));
      }
    }
    for (DomElement child : element.getChildElements()) {
      checkDelegates(name, child, id, context, findings);
    }
  }

  /**
   * The messages (message:…) and escalation codes (escalation:…) each process of the model catches.
   */
  static Map<String, Set<String>> catches(BpmnModelInstance model) {
    Map<String, Set<String>> byProcess = new HashMap<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      byProcess.put(process.getId(), new HashSet<>());
    }
    for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
      Set<String> caught = byProcess.computeIfAbsent(processOf(event), k -> new HashSet<>());
      for (EventDefinition definition : event.getEventDefinitions()) {
        if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
          caught.add("message:" + message.getMessage().getName());
        } else if (definition instanceof EscalationEventDefinition escalation
            && (event instanceof BoundaryEvent || event instanceof StartEvent)) {
          caught.add(
              "escalation:"
                  + (escalation.getEscalation() == null
                      ? "*"
                      : escalation.getEscalation().getEscalationCode()));
        }
      }
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      if (task.getMessage() != null) {
        byProcess
            .computeIfAbsent(processOf(task), k -> new HashSet<>())
            .add("message:" + task.getMessage().getName());
      }
    }
    return byProcess;
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance at = element;
    while (at != null && !(at instanceof Process)) {
      at = at.getParentElement();
    }
    return at == null ? "" : ((Process) at).getId();
  }

  private static void checkDmn(
      String name, DmnModelInstance model, DeploymentContext context, List<Finding> findings) {
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null
          || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
        findings.add(new Finding(name, decision.getId(), "决策没有历史保留期（camunda:historyTimeToLive）"));
      }
    }
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      List<Output> outputs = new ArrayList<>(table.getOutputs());
      for (Rule rule : table.getRules()) {
        List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
        for (int i = 0; i < Math.min(outputs.size(), entries.size()); i++) {
          if (context.unitOutputs().contains(outputs.get(i).getName())) {
            for (String code : codes(entries.get(i).getTextContent())) {
              if (!context.groups().contains(code)) {
                findings.add(
                    new Finding(
                        name,
                        rule.getId(),
                        "规则 "
                            + rule.getId()
                            + " 的"
                            + label(outputs.get(i))
                            + " "
                            + code
                            + " 不在组织机构中（单位编码写错了？）"));
              }
            }
          }
        }
      }
    }
  }

  private static String label(Output output) {
    return output.getLabel() == null ? "输出 " + output.getName() : "“" + output.getLabel() + "”";
  }

  /** The unit codes a literal output gives: "police" or "police,court". */
  static Collection<String> codes(String entry) {
    List<String> codes = new ArrayList<>();
    if (entry == null) {
      return codes;
    }
    Matcher quoted = QUOTED.matcher(entry);
    while (quoted.find()) {
      for (String code : quoted.group(1).split(",")) {
        if (!code.isBlank()) {
          codes.add(code.strip());
        }
      }
    }
    return codes;
  }
}
