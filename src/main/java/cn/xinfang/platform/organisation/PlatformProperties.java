package cn.xinfang.platform.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the organisation comes from and who administers the platform. */
@ConfigurationProperties("platform")
public record PlatformProperties(
    String zone, OrganisationSource organisation, Admin admin, DemoAccountsSource demoAccounts) {

  public record OrganisationSource(String file) {}

  public record Admin(String id, String password) {}

  public record DemoAccountsSource(boolean enabled, String file) {}
}
