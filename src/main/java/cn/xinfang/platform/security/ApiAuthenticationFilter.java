package cn.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic for the product's API with the same accounts as Tasklist (Camunda's identity service).
 * What a caller may do is decided per endpoint from their groups.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(
          "WWW-Authenticate", "Basic realm=\"petition-platform\", charset=\"UTF-8\"");
      response.setContentType("application/problem+json;charset=UTF-8");
      response
          .getWriter()
          .write("{\"title\":\"未登录\",\"status\":401,\"detail\":\"请使用平台账号和密码（HTTP Basic）访问\"}");
      return;
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(credentials[0]).list().stream()
            .map(Group::getId)
            .toList();
    request.setAttribute(ApiUser.ATTRIBUTE, new ApiUser(credentials[0], groups));
    chain.doFilter(request, response);
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

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
      FilterRegistrationBean<ApiAuthenticationFilter> registration =
          new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
      registration.setName("api-authentication");
      registration.addUrlPatterns("/api/*");
      return registration;
    }
  }
}
