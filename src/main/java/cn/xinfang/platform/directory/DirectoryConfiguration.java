package cn.xinfang.platform.directory;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.organisation.OrganisationGroups;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Profile {@code ldap}: officials and their passwords come from the government directory. */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class DirectoryConfiguration {

  @Bean
  @ConfigurationProperties("platform.ldap")
  DirectoryPlugin directoryPlugin(Organisation organisation) {
    DirectoryPlugin plugin = new DirectoryPlugin();
    plugin.organisation(OrganisationGroups.of(organisation));
    return plugin;
  }
}
