package cn.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Profile {@code sso}: the government's unified login (OpenID Connect). An official opens {@code
 * /sso/login?app=tasklist} (or 统一身份认证登录 on the webapps' login page), signs in at the identity
 * provider and arrives in the webapp with the groups the token's unit and roles give ({@link
 * TokenAccounts}). The webapps' own login page stays for administrators. A bearer token of the
 * provider is accepted by {@code /engine-rest} and {@code /api} with the same groups; an expired,
 * foreign or malformed token is refused with 401. Spring Security only adds these two ways in: what
 * a request may do is still decided by the engine's authorizations and the API's checks.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sso")
class SsoSecurityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SsoSecurityConfiguration.class);
  static final String REGISTRATION = "gov";
  private static final String TARGET_APP = SsoSecurityConfiguration.class.getName() + ".app";
  private static final Set<String> APPS = Set.of("tasklist", "cockpit", "welcome");

  @Bean
  SecurityFilterChain unifiedLogin(HttpSecurity http, TokenAccounts accounts, ProcessEngine engine)
      throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // the webapps have their own anti-forgery token and headers; the APIs take no cookies
        // for changes except with that token (ApiAuthenticationFilter)
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.disable())
        // who signed in is kept by the webapps' session (Camunda's), not by Spring Security's
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .oauth2Login(
            login ->
                login
                    .loginPage("/sso/login")
                    .successHandler(
                        (request, response, authentication) ->
                            signedIn(request, response, authentication, accounts, engine))
                    .failureHandler(
                        (request, response, exception) -> {
                          LOG.warn("统一身份认证登录失败：{}", exception.getMessage());
                          page(
                              response,
                              HttpServletResponse.SC_UNAUTHORIZED,
                              "统一身份认证登录失败，请重新登录或联系系统管理员");
                        }))
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(Customizer.withDefaults())
                    .bearerTokenResolver(unifiedLoginTokens())
                    .authenticationEntryPoint(
                        (request, response, exception) -> {
                          response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                          response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                          response.setContentType("application/problem+json;charset=UTF-8");
                          response
                              .getWriter()
                              .write(
                                  "{\"title\":\"未登录\",\"status\":401,\"detail\":\"统一身份认证的令牌无效或已过期，请重新登录\"}");
                        }));
    return http.build();
  }

  /** The provider's tokens only: a service account's API token (xf_…) is the platform's own. */
  private static BearerTokenResolver unifiedLoginTokens() {
    DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
    return request ->
        ServiceTokens.isToken(request.getHeader("Authorization"))
            ? null
            : standard.resolve(request);
  }

  /** The webapps' session gets the official with the token's groups, then the webapp opens. */
  private static void signedIn(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication authentication,
      TokenAccounts accounts,
      ProcessEngine engine)
      throws IOException {
    HttpSession before = request.getSession(false);
    Object app = before == null ? null : before.getAttribute(TARGET_APP);
    if (!(authentication.getPrincipal() instanceof OidcUser user)) {
      page(response, HttpServletResponse.SC_UNAUTHORIZED, "统一身份认证没有返回登录人信息");
      return;
    }
    ApiUser official;
    try {
      official = accounts.signIn(user.getClaims(), request.getRemoteAddr());
    } catch (TokenAccounts.Refused refused) {
      page(response, HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
      return;
    }
    UserAuthentication login =
        AuthenticationUtil.createAuthentication(
            engine, official.id(), official.groups(), List.of());
    AuthenticationUtil.revalidateSession(request, login);
    response.sendRedirect(
        request.getContextPath()
            + "/camunda/app/"
            + (app instanceof String a && APPS.contains(a) ? a : "tasklist")
            + "/default/");
  }

  private static void page(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>统一身份认证</title>"
                + "</head><body><h1>统一身份认证</h1><p>"
                + org.springframework.web.util.HtmlUtils.htmlEscape(message)
                + "</p><p><a href=\"/camunda/app/tasklist/default/\">返回登录页</a></p></body></html>");
  }

  /** Where an official starts: remembers the webapp to open, then goes to the identity provider. */
  @Controller
  @Profile("sso")
  static class Entry {
    @GetMapping("/sso/login")
    String login(@RequestParam(required = false) String app, HttpServletRequest request) {
      request.getSession(true).setAttribute(TARGET_APP, app);
      return "redirect:/oauth2/authorization/" + REGISTRATION;
    }
  }
}
