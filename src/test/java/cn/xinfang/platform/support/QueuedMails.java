package cn.xinfang.platform.support;

import cn.xinfang.platform.notification.MailVariables;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

/** The mails waiting in mail-delivery processes, read from their variables. */
public final class QueuedMails {

  private QueuedMails() {}

  /** The bodies of the mails queued to exactly this address. */
  public static List<String> bodiesTo(RuntimeService runtime, String address) {
    return runtime
        .createVariableInstanceQuery()
        .variableName(MailVariables.RECIPIENTS)
        .list()
        .stream()
        .filter(v -> address.equals(v.getValue()))
        .map(VariableInstance::getProcessInstanceId)
        .map(
            id ->
                String.valueOf(
                    runtime
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(id)
                        .variableName(MailVariables.BODY)
                        .singleResult()
                        .getValue()))
        .toList();
  }
}
