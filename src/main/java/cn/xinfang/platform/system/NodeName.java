package cn.xinfang.platform.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this node's job executor writes on the jobs it locks ({@code ACT_RU_JOB.LOCK_OWNER_}):
 * {@code platform.node-name}, or host and port. With several nodes on one database it says which
 * node holds a job; a job whose node died is taken by another once its lock expires.
 */
@Component
class NodeName extends AbstractProcessEnginePlugin {

  private final String name;

  NodeName(
      @Value("${platform.node-name:}") String configured, @Value("${server.port:8080}") int port) {
    this.name = configured.isBlank() ? host() + ":" + port : configured;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(name);
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
