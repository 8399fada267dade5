package cn.xinfang.platform.designer;

import static cn.xinfang.platform.intake.PetitionVariables.CATEGORY;
import static cn.xinfang.platform.intake.PetitionVariables.INVOLVED_UNITS;
import static cn.xinfang.platform.intake.PetitionVariables.LAW_RELATED;
import static cn.xinfang.platform.intake.PetitionVariables.MATTER_TYPE;
import static cn.xinfang.platform.intake.PetitionVariables.REGION;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.routing.ResponsibilityCatalogue;
import cn.xinfang.platform.routing.Routing;
import cn.xinfang.platform.routing.UnitList;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Try before it counts: {@code POST /api/designer/catalogue/preview?last=N} with a changed
 * responsibility-catalogue.dmn as the body. The last N registrations' inputs go through the changed
 * table, and the answer lists the cases that would now go to other units than the catalogue
 * suggested for them then, with what the deployment checks would say of the file. Nothing is
 * deployed.
 */
@RestController
class CataloguePreviewController {

  static final int DEFAULT_LAST = 200;
  static final int MAX_LAST = 5000;
  private static final Set<String> MAY_PREVIEW = Set.of("designers", "camunda-admin");

  private final HistoryService history;
  private final DeploymentCheckPlugin checks;
  private final DmnEngine dmn =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  CataloguePreviewController(HistoryService history, DeploymentCheckPlugin checks) {
    this.history = history;
    this.checks = checks;
  }

  @PostMapping("/api/designer/catalogue/preview")
  ResponseEntity<?> preview(
      @RequestBody(required = false) byte[] file,
      @RequestParam(required = false) Integer last,
      HttpServletRequest request) {
    if (!ApiUser.of(request).isInAny(MAY_PREVIEW)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有流程设计人员可以试算派单目录");
    }
    int n = last == null ? DEFAULT_LAST : last;
    if (n < 1 || n > MAX_LAST) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "参数有误", "last 应为 1 到 " + MAX_LAST + " 之间的整数");
    }
    if (file == null || file.length == 0) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST, "缺少目录文件", "请求体应为修改后的 responsibility-catalogue.dmn");
    }
    DmnDecision decision;
    try {
      decision =
          dmn.parseDecision(ResponsibilityCatalogue.DECISION, new ByteArrayInputStream(file));
    } catch (RuntimeException unreadable) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST,
          "目录文件无法读取",
          "请求体不是有效的派单目录：需要 id 为 " + ResponsibilityCatalogue.DECISION + " 的决策表");
    }
    List<String> findings =
        DeploymentChecks.check(
                Map.of(ResponsibilityCatalogue.DECISION + ".dmn", file), checks.forDecisions())
            .stream()
            .map(Finding::message)
            .toList();

    List<HistoricProcessInstance> cases =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey("petition")
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, n);
    Map<String, Map<String, Object>> variables = variablesOf(cases);
    List<Map<String, Object>> moved = new ArrayList<>();
    int compared = 0;
    for (HistoricProcessInstance c : cases) {
      Map<String, Object> v = variables.getOrDefault(c.getId(), Map.of());
      if (!v.containsKey(ResponsibilityCatalogue.SUGGESTED_UNITS_VARIABLE)) {
        continue;
      }
      compared++;
      List<String> involved = UnitList.of(v.get(INVOLVED_UNITS));
      Routing before =
          new Routing(
              UnitList.of(v.get(ResponsibilityCatalogue.SUGGESTED_UNITS_VARIABLE)),
              (String) v.get(ResponsibilityCatalogue.SUGGESTED_LEAD_VARIABLE));
      Routing after;
      try {
        after =
            ResponsibilityCatalogue.routing(
                dmn.evaluateDecision(
                    decision,
                    ResponsibilityCatalogue.input(
                        (String) v.get(MATTER_TYPE),
                        (String) v.get(CATEGORY),
                        Boolean.TRUE.equals(v.get(LAW_RELATED)),
                        (String) v.get(REGION))),
                involved);
      } catch (RuntimeException failed) {
        return Problems.answer(
            HttpStatus.BAD_REQUEST,
            "目录无法计算",
            "修改后的目录对案件 " + c.getBusinessKey() + " 的登记信息无法计算，请检查规则的条件和输出");
      }
      if (!Set.copyOf(before.units()).equals(Set.copyOf(after.units()))
          || !java.util.Objects.equals(before.lead(), after.lead())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseNo", c.getBusinessKey());
        row.put(
            "registeredAt",
            c.getStartTime()
                .toInstant()
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toLocalDateTime()
                .toString());
        row.put("matterType", v.get(MATTER_TYPE));
        row.put("before", Map.of("units", before.units(), "lead", String.valueOf(before.lead())));
        row.put("after", Map.of("units", after.units(), "lead", after.lead()));
        moved.add(row);
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("compared", compared);
    answer.put("moved", moved);
    answer.put("findings", findings);
    answer.put(
        "summary",
        "最近 "
            + compared
            + " 件登记中，按修改后的目录有 "
            + moved.size()
            + " 件会交给不同的单位"
            + (findings.isEmpty() ? "" : "；部署时将被拒绝：" + String.join("；", findings)));
    return ResponseEntity.ok(answer);
  }

  private Map<String, Map<String, Object>> variablesOf(List<HistoricProcessInstance> cases) {
    Map<String, Map<String, Object>> byCase = new HashMap<>();
    if (cases.isEmpty()) {
      return byCase;
    }
    for (HistoricVariableInstance v :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(
                cases.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
            .variableNameIn(
                MATTER_TYPE,
                CATEGORY,
                LAW_RELATED,
                REGION,
                INVOLVED_UNITS,
                ResponsibilityCatalogue.SUGGESTED_UNITS_VARIABLE,
                ResponsibilityCatalogue.SUGGESTED_LEAD_VARIABLE)
            .disableCustomObjectDeserialization()
            .list()) {
      if (v.getValue() == null) {
        continue;
      }
      Map<String, Object> values =
          byCase.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>());
      // the process's own variable wins over a local one of the same name
      if (v.getProcessInstanceId().equals(v.getActivityInstanceId())) {
        values.put(v.getName(), v.getValue());
      } else {
        values.putIfAbsent(v.getName(), v.getValue());
      }
    }
    return byCase;
  }
}
