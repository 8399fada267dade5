package cn.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic for the product's API with the same accounts as Tasklist (Camunda's identity service),
 * or a service account's API token ({@link ServiceTokens}). What a caller may do is decided per
 * endpoint from their groups. A GET is also accepted from an official logged in to the webapps, so
 * a link in a Tasklist form (a notice to print) opens without a second password prompt. Anything
 * that changes data needs HTTP basic, which a browser does not send on its own to another site's
 * request, or the webapp session together with the session's anti-forgery token in {@code
 * X-XSRF-TOKEN}, as the webapps' own requests carry it (Admin's 账号与密码 page): no cross-site request
 * forgery either way.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  /**
   * Where Camunda's webapps keep who logged in: {@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}
   * (protected there). Only read here; {@code getAuthsFromSession} would create it.
   */
  static final String WEBAPP_SESSION_KEY = "authenticatedUser";

  private final IdentityService identity;
  private final String engineName;
  private final AccountAudit audit;
  private final ObjectProvider<TokenAccounts> tokens;
  private final ServiceTokens serviceTokens;
  private final LoginThrottle throttle;

  ApiAuthenticationFilter(
      IdentityService identity,
      String engineName,
      AccountAudit audit,
      ObjectProvider<TokenAccounts> tokens,
      ServiceTokens serviceTokens,
      LoginThrottle throttle) {
    this.identity = identity;
    this.engineName = engineName;
    this.audit = audit;
    this.tokens = tokens;
    this.serviceTokens = serviceTokens;
    this.throttle = throttle;
  }

  /** The petitioner's own query ({@code /api/public/…}) answers by case number and query code. */
  static final String PUBLIC_PREFIX = "/api/public/";

  /**
   * Decided on the path the server resolved ({@code ..}, {@code ;} parameters and encodings gone),
   * not the raw request URI, so a path that only looks public still needs a login.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.startsWith(PUBLIC_PREFIX);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ApiUser bearer = bearerUser();
    if (bearer != null) {
      request.setAttribute(ApiUser.ATTRIBUTE, bearer);
      chain.doFilter(request, response);
      return;
    }
    String header = request.getHeader("Authorization");
    if (ServiceTokens.isToken(header)) {
      serviceAccount(header, request, response, chain);
      return;
    }
    String userId = header != null ? basicUser(header) : webappUser(request);
    if (userId == null && header != null) {
      audit.record(
          AccountAudit.Event.API_LOGIN_FAILED,
          BasicCredentials.claimedUser(header),
          null,
          request.getRemoteAddr(),
          request.getMethod() + " " + request.getRequestURI());
    }
    if (userId == null) {
      unauthorized(
          response,
          "Basic realm=\"petition-platform\", charset=\"UTF-8\"",
          "请使用平台账号和密码（HTTP Basic）访问");
      return;
    }
    request.setAttribute(ApiUser.ATTRIBUTE, new ApiUser(userId, groupsOf(userId)));
    chain.doFilter(request, response);
  }

  /** A service account's API token: its account and groups, or 401 (counted by the throttle). */
  private void serviceAccount(
      String header, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String account = serviceTokens.account(header, now).orElse(null);
    if (account == null) {
      throttle.failed(request.getRemoteAddr(), null, now);
      audit.record(
          AccountAudit.Event.API_LOGIN_FAILED,
          null,
          null,
          request.getRemoteAddr(),
          "接口令牌无效：" + request.getMethod() + " " + request.getRequestURI());
      unauthorized(response, "Bearer error=\"invalid_token\"", "接口令牌无效、已吊销或已过期，请向系统管理员申领新令牌");
      return;
    }
    request.setAttribute(ApiUser.ATTRIBUTE, new ApiUser(account, groupsOf(account)));
    chain.doFilter(request, response);
  }

  /** 401 with the scheme to use and a Chinese problem+json saying what to do. */
  private static void unauthorized(HttpServletResponse response, String challenge, String detail)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", challenge);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("{\"title\":\"未登录\",\"status\":401,\"detail\":\"" + detail + "\"}");
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  /**
   * Profile {@code sso}: the account and groups of the unified login's bearer token that Spring
   * Security's resource server accepted, or null (no token, or claims the platform refuses).
   */
  private ApiUser bearerUser() {
    TokenAccounts accounts = tokens.getIfAvailable();
    if (accounts == null
        || !(SecurityContextHolder.getContext().getAuthentication()
            instanceof JwtAuthenticationToken jwt)) {
      return null;
    }
    try {
      return accounts.resolve(jwt.getToken().getClaims());
    } catch (TokenAccounts.Refused refused) {
      return null;
    }
  }

  /** The account whose HTTP basic credentials are right, or null. */
  private String basicUser(String header) {
    return BasicCredentials.checkedUser(header, identity);
  }

  /**
   * The account logged in to the webapps in this session, if it still exists: for a GET, or for a
   * request carrying the session's anti-forgery token.
   */
  private String webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !("GET".equals(request.getMethod()) || carriesXsrfToken(request))) {
      return null;
    }
    if (!(session.getAttribute(WEBAPP_SESSION_KEY) instanceof Authentications logins)
        || !(logins.getAuthenticationForProcessEngine(engineName)
            instanceof UserAuthentication login)) {
      return null;
    }
    String userId = login.getIdentityId();
    return identity.createUserQuery().userId(userId).count() == 1 ? userId : null;
  }

  /** Camunda's CSRF filter keeps the token here and checks the header the webapps send. */
  private static boolean carriesXsrfToken(HttpServletRequest request) {
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token
        && sent != null
        && java.security.MessageDigest.isEqual(
            token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
        ProcessEngine engine,
        AccountAudit audit,
        ObjectProvider<TokenAccounts> tokens,
        ServiceTokens serviceTokens,
        LoginThrottle throttle) {
      FilterRegistrationBean<ApiAuthenticationFilter> registration =
          new FilterRegistrationBean<>(
              new ApiAuthenticationFilter(
                  engine.getIdentityService(),
                  engine.getName(),
                  audit,
                  tokens,
                  serviceTokens,
                  throttle));
      registration.setName("api-authentication");
      registration.addUrlPatterns("/api/*");
      return registration;
    }
  }
}
