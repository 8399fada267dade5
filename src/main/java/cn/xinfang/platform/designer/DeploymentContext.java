package cn.xinfang.platform.designer;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a deployment is checked against, besides its own files: the organisation's groups, the
 * platform's components (beans), the forms already deployed, and what the latest deployed version
 * of each process catches (messages, escalation codes; {@code *} for a catch-all).
 *
 * @param caughtByProcess process key → message names and escalation codes its latest version
 *     catches (escalations as {@code escalation:<code>}, messages as {@code message:<name>})
 */
public record DeploymentContext(
    Set<String> groups,
    Predicate<String> beanExists,
    Set<String> deployedForms,
    Map<String, Set<String>> caughtByProcess,
    Set<String> platformMessages,
    Set<String> unitOutputs) {}
