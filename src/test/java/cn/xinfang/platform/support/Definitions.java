package cn.xinfang.platform.support;

import org.camunda.bpm.engine.RepositoryService;

/** Looks up deployed definitions for tests that start processes as Tasklist does. */
public final class Definitions {

  private Definitions() {}

  /** The id of the latest version of the process {@code key}. */
  public static String latest(RepositoryService repository, String key) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getId();
  }
}
