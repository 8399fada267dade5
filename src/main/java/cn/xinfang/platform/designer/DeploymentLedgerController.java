package cn.xinfang.platform.designer;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who changed what: {@code GET /api/designer/deployments} lists the deployments with who, when and
 * what changed (managers, designers, administrators); {@code POST
 * /api/designer/deployments/{id}/rollback} deploys again, as a new version, the previous version of
 * every model that deployment changed (designers, administrators), through the same checks.
 */
@RestController
class DeploymentLedgerController {

  private static final Set<String> MAY_READ = Set.of("managers", "designers", "camunda-admin");
  private static final Set<String> MAY_ROLL_BACK = Set.of("designers", "camunda-admin");

  private final ModelDeploymentLog log;
  private final RepositoryService repository;
  private final IdentityService identity;

  DeploymentLedgerController(
      ModelDeploymentLog log, RepositoryService repository, IdentityService identity) {
    this.log = log;
    this.repository = repository;
    this.identity = identity;
  }

  @GetMapping("/api/designer/deployments")
  ResponseEntity<?> list(
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false, defaultValue = "false") boolean ifAllowed,
      HttpServletRequest request) {
    if (!ApiUser.of(request).isInAny(MAY_READ) && ifAllowed) {
      // Cockpit's dashboard asks for everyone and shows the section only to those who may read it
      return ResponseEntity.noContent().build();
    }
    if (!ApiUser.of(request).isInAny(MAY_READ)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有管理人员、流程设计人员和系统管理员可以查看部署记录");
    }
    int n = limit == null ? 50 : limit;
    if (n < 1 || n > 500) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "参数有误", "limit 应为 1 到 500 之间的整数");
    }
    return ResponseEntity.ok(Map.of("deployments", log.latest(n)));
  }

  @PostMapping("/api/designer/deployments/{deploymentId}/rollback")
  ResponseEntity<?> rollback(@PathVariable String deploymentId, HttpServletRequest request) {
    ApiUser user = ApiUser.of(request);
    if (!user.isInAny(MAY_ROLL_BACK)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有流程设计人员和系统管理员可以回退部署");
    }
    Deployment deployment =
        repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    if (deployment == null) {
      return Problems.answer(HttpStatus.NOT_FOUND, "部署不存在", "没有编号为 " + deploymentId + " 的部署");
    }
    List<String> names = repository.getDeploymentResourceNames(deploymentId);
    List<String> newer = names.stream().filter(n -> log.hasNewerVersion(n, deploymentId)).toList();
    if (!newer.isEmpty()) {
      return Problems.answer(
          HttpStatus.CONFLICT, "不能回退", "以下模型在这次部署之后又部署过，只能回退最新的一次部署：" + String.join("、", newer));
    }
    DeploymentBuilder again =
        repository
            .createDeployment()
            .name(cut("回退：" + (deployment.getName() == null ? deploymentId : deployment.getName())))
            .source("回退部署 " + deploymentId);
    List<String> restored = new ArrayList<>();
    List<String> withoutPrevious = new ArrayList<>();
    for (String name : names) {
      Optional<byte[]> previous = log.previous(name, deploymentId);
      if (previous.isPresent()) {
        again.addInputStream(name, new ByteArrayInputStream(previous.get()));
        restored.add(name);
      } else {
        withoutPrevious.add(name);
      }
    }
    if (restored.isEmpty()) {
      return Problems.answer(HttpStatus.CONFLICT, "不能回退", "这次部署的模型都是新增的，没有上一版本可以恢复");
    }
    Deployment rolledBack;
    try {
      // as the designer, so the engine's deploy permission and the ledger's "who" are theirs
      identity.setAuthentication(user.id(), user.groups());
      rolledBack = again.deploy();
    } catch (DeploymentRefused refused) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST,
          "上一版本未通过今天的检查，未回退",
          refused.findings().stream()
              .map(Finding::toString)
              .reduce((a, b) -> a + "；" + b)
              .orElse(""));
    } finally {
      identity.clearAuthentication();
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("deploymentId", rolledBack.getId());
    answer.put("restored", restored);
    answer.put("withoutPrevious", withoutPrevious);
    answer.put(
        "message",
        "已重新部署上一版本："
            + String.join("、", restored)
            + (withoutPrevious.isEmpty()
                ? ""
                : "；本次新增的 " + String.join("、", withoutPrevious) + " 没有上一版本，未回退"));
    return ResponseEntity.ok(answer);
  }

  private static String cut(String text) {
    return text.length() <= 250 ? text : text.substring(0, 250);
  }
}
