package cn.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
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
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(credentials[0]).list().stream()
            .map(Group::getId)
            .toList();
    chain.doFilter(new Authenticated(request, credentials[0], groups), response);
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
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
