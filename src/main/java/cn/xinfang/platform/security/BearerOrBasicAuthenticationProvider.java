package cn.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /engine-rest} in the profile {@code sso}: a bearer token of the unified login (checked by
 * Spring Security's resource server before this runs) gives the account and groups its claims say
 * ({@link TokenAccounts}); without one, HTTP basic as everywhere else.
 */
public class BearerOrBasicAuthenticationProvider implements AuthenticationProvider {

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof JwtAuthenticationToken jwt) {
      TokenAccounts accounts =
          WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
              .getBean(TokenAccounts.class);
      try {
        ApiUser user = accounts.resolve(jwt.getToken().getClaims());
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
}
