package cn.xinfang.platform.directory;

import cn.xinfang.platform.organisation.OrganisationGroups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's LDAP identity provider plugin, configured from {@code platform.ldap} (the profile
 * {@code ldap}, environment variables {@code LDAP_…}), whose sessions place people in the
 * platform's groups by {@link DirectoryMapping}.
 */
public class DirectoryPlugin extends LdapIdentityProviderPlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryPlugin.class);

  private String mappingFile = "config/directory.yaml";
  private Map<String, OrganisationGroups.Group> organisation = Map.of();
  private DirectoryMapping mapping;

  void organisation(Map<String, OrganisationGroups.Group> groups) {
    this.organisation = groups;
  }

  public String getMappingFile() {
    return mappingFile;
  }

  public void setMappingFile(String mappingFile) {
    this.mappingFile = mappingFile;
  }

  DirectoryMapping mapping() {
    return mapping;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (getServerUrl() == null || getServerUrl().isBlank() || getBaseDn() == null) {
      throw new IllegalStateException("目录（ldap）配置需要 LDAP_URL 和 LDAP_BASE_DN");
    }
    mapping = DirectoryMapping.read(java.nio.file.Path.of(mappingFile), getBaseDn(), organisation);
    List<String> unmapped =
        organisation.keySet().stream().filter(id -> !mapping.groups().containsKey(id)).toList();
    if (!unmapped.isEmpty()) {
      LOG.warn("目录映射 {} 未对应以下平台组，这些组在目录中没有人员，其任务无人可见：{}", mappingFile, unmapped);
    }
    LOG.info(
        "账号来自政务目录 {}（{}），按 {} 对应 {} 个平台组",
        getServerUrl(),
        getBaseDn(),
        mappingFile,
        mapping.groups().size());
    super.preInit(configuration);
    DirectoryPlugin settings = this;
    configuration.setIdentityProviderSessionFactory(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new DirectorySession(settings, mapping, organisation);
          }
        });
  }
}
