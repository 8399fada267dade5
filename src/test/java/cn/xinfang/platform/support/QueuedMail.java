package cn.xinfang.platform.support;

import cn.xinfang.platform.notification.MailVariables;
import org.camunda.bpm.engine.ProcessEngine;

/** Mail queued by a test and never sent (the job executor is off): dropped after the test. */
public final class QueuedMail {

  private QueuedMail() {}

  public static void drop(ProcessEngine engine) {
    engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(MailVariables.PROCESS_ID)
        .list()
        .forEach(
            j ->
                engine.getRuntimeService().deleteProcessInstance(j.getProcessInstanceId(), "test"));
  }
}
