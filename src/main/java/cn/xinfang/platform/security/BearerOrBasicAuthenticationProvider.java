package cn.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /engine-rest}: a service account's API token ({@code Bearer xf_…}, {@link ServiceTokens})
 * gives that account and its groups; in the profile {@code sso}, a bearer token of the unified
 * login (checked by Spring Security's resource server before this runs) gives the account and
 * groups its claims say ({@link TokenAccounts}); otherwise HTTP basic as everywhere else.
 */
public class BearerOrBasicAuthenticationProvider implements AuthenticationProvider {

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (ServiceTokens.isToken(header)) {
      ApplicationContext context = context(request);
      Instant now = ClockUtil.getCurrentTime().toInstant();
      String account = context.getBean(ServiceTokens.class).account(header, now).orElse(null);
      if (account == null) {
        context.getBean(LoginThrottle.class).failed(request.getRemoteAddr(), null, now);
        return AuthenticationResult.unsuccessful();
      }
      AuthenticationResult result = AuthenticationResult.successful(account);
      List<String> groups =
          engine.getIdentityService().createGroupQuery().groupMember(account).list().stream()
              .map(Group::getId)
              .toList();
      result.setGroups(groups);
      return result;
    }
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof JwtAuthenticationToken jwt) {
      try {
        ApiUser user =
            context(request).getBean(TokenAccounts.class).resolve(jwt.getToken().getClaims());
        AuthenticationResult result = AuthenticationResult.successful(user.id());
        result.setGroups(user.groups());
        return result;
      } catch (TokenAccounts.Refused refused) {
        return AuthenticationResult.unsuccessful();
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }

  private static ApplicationContext context(HttpServletRequest request) {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
  }
}
