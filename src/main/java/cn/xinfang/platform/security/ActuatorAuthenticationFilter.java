package cn.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/*} with the platform's accounts: a caller with valid HTTP basic credentials
 * reaches the actuator as a principal whose roles are their groups, so the actuator's own role
 * check applies ({@code management.endpoint.health.roles}: health details for {@code
 * camunda-admin}). Everyone else stays anonymous and sees only the overall status.
 */
class ActuatorAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  ActuatorAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = BasicCredentials.checkedUser(request.getHeader("Authorization"), identity);
    if (userId == null) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    chain.doFilter(new Authenticated(request, userId, groups), response);
  }

  /** The request as the actuator sees it: the account as principal, its groups as roles. */
  private static final class Authenticated extends HttpServletRequestWrapper {

    private final String userId;
    private final List<String> groups;

    Authenticated(HttpServletRequest request, String userId, List<String> groups) {
      super(request);
      this.userId = userId;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> userId;
    }

    @Override
    public String getRemoteUser() {
      return userId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<ActuatorAuthenticationFilter> actuatorAuthentication(
        IdentityService identity) {
      FilterRegistrationBean<ActuatorAuthenticationFilter> registration =
          new FilterRegistrationBean<>(new ActuatorAuthenticationFilter(identity));
      registration.setName("actuator-authentication");
      registration.addUrlPatterns("/actuator/*");
      return registration;
    }
  }
}
