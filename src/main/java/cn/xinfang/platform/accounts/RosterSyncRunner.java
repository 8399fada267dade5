package cn.xinfang.platform.accounts;

import cn.xinfang.platform.organisation.OrganisationSyncRunner;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Applies the officials' roster at every start, once the organisation's groups are there. */
@Component
@Order(OrganisationSyncRunner.ORDER + 1)
class RosterSyncRunner implements ApplicationRunner {

  private final RosterSync roster;

  RosterSyncRunner(RosterSync roster) {
    this.roster = roster;
  }

  @Override
  public void run(ApplicationArguments args) {
    roster.synchronise();
  }
}
