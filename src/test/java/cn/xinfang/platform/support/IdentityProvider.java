package cn.xinfang.platform.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The government's unified login for the tests: Spring Authorization Server in its own small
 * context on 127.0.0.1 (its own session cookie), with people whose tokens carry a unit and roles.
 * It also signs tokens directly with its key, for the API's cases (another unit, expired).
 */
public final class IdentityProvider implements AutoCloseable {

  public static final String CLIENT_ID = "xinfang-platform";
  public static final String CLIENT_SECRET = "client-secret";
  public static final String PASSWORD = "Idp#secret-2026";

  /** The people of the provider: account → the claims their tokens carry. */
  static final Map<String, Map<String, Object>> PEOPLE =
      Map.of(
          "sso-police",
          Map.of(
              "preferred_username", "sso-police",
              "name", "李警官",
              "email", "sso-police@gov.example.cn",
              "unit", "police",
              "roles", List.of("official")),
          "sso-stranger",
          Map.of("preferred_username", "sso-stranger", "name", "外单位", "unit", "nowhere"));

  private static RSAKey key;
  private static int port;
  private static int platformPort;

  private final ConfigurableApplicationContext context;

  private IdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the provider; the platform will listen on {@code platformPort} (its redirect URI). */
  public static IdentityProvider start(int platformPort) throws Exception {
    IdentityProvider.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    IdentityProvider.port = freePort();
    IdentityProvider.platformPort = platformPort;
    return new IdentityProvider(
        new SpringApplicationBuilder(Server.class)
            .properties(
                "spring.config.name=identity-provider",
                "server.address=127.0.0.1",
                "server.port=" + port,
                "server.servlet.session.cookie.name=IDPSESSION",
                "spring.main.banner-mode=off")
            .run());
  }

  /**
   * Starts the provider for a platform test: the platform's port (fixed, as the provider knows its
   * redirect address) and the SSO_* settings go into the test's properties.
   */
  public static IdentityProvider startFor(DynamicPropertyRegistry properties) throws Exception {
    int platform = freePort();
    IdentityProvider provider = start(platform);
    properties.add("server.port", () -> platform);
    properties.add("SSO_ISSUER_URI", provider::issuer);
    properties.add("SSO_CLIENT_ID", () -> CLIENT_ID);
    properties.add("SSO_CLIENT_SECRET", () -> CLIENT_SECRET);
    return provider;
  }

  /** The port the platform listens on, as the provider's redirect address names it. */
  public static int platformPort() {
    return platformPort;
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public String issuer() {
    return "http://127.0.0.1:" + port;
  }

  /** A token as the provider issues it, for these claims, valid from {@code from} for a while. */
  public String token(Map<String, Object> claims, Instant from, Duration validity) {
    return token(key, claims, from, validity);
  }

  /** A token signed with a key the provider does not publish. */
  public String forged(Map<String, Object> claims) throws Exception {
    return token(
        new RSAKeyGenerator(2048).keyID("forged").generate(),
        claims,
        Instant.now(),
        Duration.ofHours(1));
  }

  public static Map<String, Object> person(String account) {
    return PEOPLE.get(account);
  }

  private String token(RSAKey signer, Map<String, Object> claims, Instant from, Duration validity) {
    JwtClaimsSet.Builder set =
        JwtClaimsSet.builder()
            .issuer(issuer())
            .subject(String.valueOf(claims.get("preferred_username")))
            .audience(List.of(CLIENT_ID))
            .issuedAt(from)
            .notBefore(from)
            .expiresAt(from.plus(validity));
    claims.forEach(set::claim);
    return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signer)))
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(signer.getKeyID()).build(),
                set.build()))
        .getTokenValue();
  }

  @Override
  public void close() {
    context.close();
  }

  /** Not a @Configuration: the platform's component scan of its tests must not pick it up. */
  @ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
  })
  static class Server {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server =
          OAuth2AuthorizationServerConfigurer.authorizationServer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, s -> s.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          // the userinfo endpoint takes the access token
          .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
          .exceptionHandling(
              e ->
                  e.defaultAuthenticationEntryPointFor(
                      new LoginUrlAuthenticationEntryPoint("/login"),
                      new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService people() {
      return new InMemoryUserDetailsManager(
          PEOPLE.keySet().stream()
              .map(id -> User.withUsername(id).password("{noop}" + PASSWORD).build())
              .toList());
    }

    @Bean
    RegisteredClientRepository platform() {
      return new InMemoryRegisteredClientRepository(
          RegisteredClient.withId("platform")
              .clientId(CLIENT_ID)
              .clientSecret("{noop}" + CLIENT_SECRET)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("http://localhost:" + platformPort + "/login/oauth2/code/gov")
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.PROFILE)
              .scope(OidcScopes.EMAIL)
              .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
              .build());
    }

    @Bean
    JWKSource<SecurityContext> keys() {
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder tokens(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().issuer("http://127.0.0.1:" + port).build();
    }

    /** The person's unit, roles, name and mail in the ID token and the access token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
      return context -> {
        Map<String, Object> claims = PEOPLE.get(context.getPrincipal().getName());
        if (claims != null) {
          claims.forEach((name, value) -> context.getClaims().claim(name, value));
        }
      };
    }
  }
}
