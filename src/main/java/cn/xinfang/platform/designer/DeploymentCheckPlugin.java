package cn.xinfang.platform.designer;

import cn.xinfang.platform.aftercare.AftercareVariables;
import cn.xinfang.platform.notice.NoticeDeliveryVariables;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.organisation.OrganisationGroups;
import cn.xinfang.platform.ownership.OwnershipVariables;
import cn.xinfang.platform.supervision.LiftVariables;
import cn.xinfang.platform.supervision.SupervisionVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DeploymentChecks} on every new deployment, before the engine's own deployers: at
 * start from {@code processes/} and {@code forms/}, and through {@code /engine-rest} from Modeler.
 * A finding refuses the whole deployment ({@link DeploymentRefused}).
 */
@Component
class DeploymentCheckPlugin extends AbstractProcessEnginePlugin implements Deployer {

  /** The messages the platform's components send by name (README: entry points). */
  static final Set<String> PLATFORM_MESSAGES =
      Set.of(
          SupervisionVariables.REQUESTED_MESSAGE,
          LiftVariables.MESSAGE,
          OwnershipVariables.REQUESTED_MESSAGE,
          AftercareVariables.REVIEW_REQUESTED,
          NoticeDeliveryVariables.DELIVERED_MESSAGE);

  private final ApplicationContext spring;

  /** The organisation's group ids: the file is read once at start, so they cannot change. */
  private final Set<String> groups;

  private final JdbcTemplate jdbc;
  private final Set<String> unitOutputs;
  private final org.springframework.beans.factory.ObjectProvider<ModelDeploymentLog> log;
  private final Map<String, Map<String, Set<String>>> catchesByDefinition =
      new java.util.concurrent.ConcurrentHashMap<>();

  DeploymentCheckPlugin(
      ApplicationContext spring,
      Organisation organisation,
      JdbcTemplate jdbc,
      org.springframework.beans.factory.ObjectProvider<ModelDeploymentLog> log,
      @Value("${platform.designer.unit-outputs:unit,units,leadUnit,candidateGroups}")
          List<String> unitOutputs) {
    this.spring = spring;
    this.groups = Set.copyOf(OrganisationGroups.of(organisation).keySet());
    this.jdbc = jdbc;
    this.log = log;
    this.unitOutputs = Set.copyOf(unitOutputs);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> pre =
        configuration.getCustomPreDeployers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreDeployers());
    pre.add(0, this);
    configuration.setCustomPreDeployers(pre);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      // the engine reads an old deployment again into its cache: it was checked when it came
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
      resources.put(resource.getKey(), resource.getValue().getBytes());
    }
    List<Finding> findings = DeploymentChecks.check(resources, context());
    if (!findings.isEmpty()) {
      throw new DeploymentRefused(findings, resources);
    }
    log.getObject()
        .record(
            deployment.getId(),
            deployment.getName(),
            deployment.getSource(),
            Context.getCommandContext().getAuthenticatedUserId(),
            deployment.getDeploymentTime() == null
                ? java.time.Instant.now()
                : deployment.getDeploymentTime().toInstant(),
            resources);
  }

  /** For a decision file alone (the catalogue preview): the organisation's groups and units. */
  DeploymentContext forDecisions() {
    return new DeploymentContext(groups, bean -> true, Set.of(), Map.of(), Set.of(), unitOutputs);
  }

  private DeploymentContext context() {
    CommandContext command = Context.getCommandContext();
    Map<String, Set<String>> caught = new HashMap<>();
    command.runWithoutAuthorization(
        () -> {
          var repository = command.getProcessEngineConfiguration().getRepositoryService();
          for (ProcessDefinition definition :
              repository.createProcessDefinitionQuery().latestVersion().list()) {
            Map<String, Set<String>> catches = catchesByDefinition.get(definition.getId());
            if (catches == null) {
              catches =
                  DeploymentChecks.catches(repository.getBpmnModelInstance(definition.getId()));
              catchesByDefinition.put(definition.getId(), catches);
            }
            caught.putAll(catches);
          }
          return null;
        });
    return new DeploymentContext(
        groups,
        spring::containsBean,
        Set.copyOf(jdbc.queryForList("select distinct KEY_ from ACT_RE_CAMFORMDEF", String.class)),
        caught,
        PLATFORM_MESSAGES,
        unitOutputs);
  }
}
