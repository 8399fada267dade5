package cn.xinfang.platform.organisation;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the organisation (and, in the demo profile, the demo accounts) from {@code config/}. */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

  @Bean
  Organisation organisation(PlatformProperties properties) {
    return OrganisationValidator.validated(
        ConfigFiles.read(Path.of(properties.organisation().file()), Organisation.class));
  }

  @Bean
  DemoAccountsSupplier demoAccounts(PlatformProperties properties) {
    PlatformProperties.DemoAccountsSource source = properties.demoAccounts();
    if (source == null || !source.enabled()) {
      return Optional::empty;
    }
    DemoAccounts accounts = ConfigFiles.read(Path.of(source.file()), DemoAccounts.class);
    return () -> Optional.of(accounts);
  }

  /** The demo accounts when the demo profile is on. */
  interface DemoAccountsSupplier {
    Optional<DemoAccounts> get();
  }
}
