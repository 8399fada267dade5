package cn.xinfang.platform.security;

import java.time.Instant;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every password the engine checks during a request (HTTP basic on {@code /engine-rest}, {@code
 * /api} and {@code /actuator}, the webapps' login, {@code /identity/verify}, a changed password's
 * confirmation) passes the {@link LoginThrottle}: a client that must wait is answered "wrong"
 * without the password being looked at, and each outcome is counted for the client and the account.
 * It sits in the engine's identity service, so it holds whichever identity provider is in use (the
 * database or the directory). Checks outside a request (none today) are not throttled.
 */
@Component
class ThrottledPasswordsPlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;

  ThrottledPasswordsPlugin(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityService(new ThrottledIdentityService(throttle));
  }

  /** The engine's identity service, with {@code checkPassword} throttled per client. */
  private static final class ThrottledIdentityService extends IdentityServiceImpl {

    private final LoginThrottle throttle;

    ThrottledIdentityService(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
      String client = client();
      if (client == null) {
        return super.checkPassword(userId, password);
      }
      if (throttle.refusal(client, userId, now()).isPresent()) {
        return false;
      }
      boolean right = super.checkPassword(userId, password);
      if (right) {
        throttle.succeeded(client, userId);
      } else {
        throttle.failed(client, userId, now());
      }
      return right;
    }

    /** The client's address when a request is being served on this thread, else null. */
    private static String client() {
      return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
          ? request.getRequest().getRemoteAddr()
          : null;
    }

    private static Instant now() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
