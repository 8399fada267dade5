package cn.xinfang.platform.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Synchronises the organisation into Camunda at every start, after the models are deployed. */
@Component
@Order(OrganisationSyncRunner.ORDER)
public class OrganisationSyncRunner implements ApplicationRunner {

  /** Before the officials' roster ({@code accounts.RosterSyncRunner}), which needs the groups. */
  public static final int ORDER = 0;

  private final OrganisationSync sync;
  private final Organisation organisation;
  private final OrganisationConfiguration.DemoAccountsSupplier demoAccounts;
  private final PlatformProperties properties;

  OrganisationSyncRunner(
      OrganisationSync sync,
      Organisation organisation,
      OrganisationConfiguration.DemoAccountsSupplier demoAccounts,
      PlatformProperties properties) {
    this.sync = sync;
    this.organisation = organisation;
    this.demoAccounts = demoAccounts;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    sync.synchronise(organisation, demoAccounts.get(), properties.admin());
  }
}
