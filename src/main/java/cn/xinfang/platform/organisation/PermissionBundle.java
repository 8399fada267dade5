package cn.xinfang.platform.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Named sets of engine permissions that {@code config/organisation.yaml} grants to groups, so the
 * file reads as roles rather than as Camunda's permission matrix.
 */
public enum PermissionBundle {
  /** See process and decision definitions, diagrams and forms. */
  READ_DEFINITIONS(
      grant(Resources.PROCESS_DEFINITION, READ),
      grant(Resources.DECISION_DEFINITION, READ),
      grant(Resources.DECISION_REQUIREMENTS_DEFINITION, READ)),
  /** See the names of colleagues and units (assignees, candidate groups). */
  READ_DIRECTORY(grant(Resources.USER, READ), grant(Resources.GROUP, READ)),
  /**
   * Start cases (registrars, proxy agents, grid centre): the petition and the inquiry only, never
   * the platform's own processes such as {@code mail-delivery}.
   */
  START_PROCESSES(
      grant(Resources.PROCESS_DEFINITION, "petition", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_DEFINITION, "inquiry", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_DEFINITION, "five-chiefs-reception", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_DEFINITION, "proxy-handling", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_DEFINITION, "grid-dispatch", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_INSTANCE, CREATE)),
  /** Record a petitioner's request for review or re-examination: start {@code review-request}. */
  REQUEST_REVIEW(
      grant(Resources.PROCESS_DEFINITION, "review-request", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_INSTANCE, CREATE)),
  /** Flag a case for supervision by hand (挂牌督办): start {@code supervision}, nothing else. */
  SUPERVISE(
      grant(Resources.PROCESS_DEFINITION, "supervision", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_INSTANCE, CREATE)),
  /** Name a case for leader ownership by hand (指定包案): start {@code case-ownership}. */
  ASSIGN_OWNERSHIP(
      grant(Resources.PROCESS_DEFINITION, "case-ownership", READ, CREATE_INSTANCE),
      grant(Resources.PROCESS_INSTANCE, CREATE)),
  /** Watch every case and its history (Cockpit). */
  READ_CASES(
      grant(Resources.PROCESS_DEFINITION, READ, READ_INSTANCE, READ_TASK, READ_HISTORY),
      grant(Resources.PROCESS_INSTANCE, READ),
      grant(Resources.TASK, READ),
      grant(Resources.DECISION_DEFINITION, READ, READ_HISTORY),
      grant(Resources.DEPLOYMENT, READ),
      grant(Resources.BATCH, READ),
      grant(Resources.REPORT, READ),
      grant(Resources.DASHBOARD, READ)),
  /** Deploy BPMN, DMN and forms (a deployment can carry scripts: designers and admins only). */
  DEPLOY(
      grant(Resources.DEPLOYMENT, CREATE, READ, DELETE),
      grant(Resources.PROCESS_DEFINITION, READ),
      grant(Resources.DECISION_DEFINITION, READ));

  /** Permissions on one resource of a type, or on all of them ({@code *}). */
  public record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

  private final List<Grant> grants;

  PermissionBundle(Grant... grants) {
    this.grants = List.of(grants);
  }

  public List<Grant> grants() {
    return grants;
  }

  private static Grant grant(Resource resource, Permission... permissions) {
    return new Grant(resource, "*", List.of(permissions));
  }

  private static Grant grant(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(resource, resourceId, List.of(permissions));
  }

  /** Bundles are written in kebab-case in the organisation file ({@code read-definitions}). */
  @JsonCreator
  public static PermissionBundle fromConfig(String name) {
    return valueOf(name.trim().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
