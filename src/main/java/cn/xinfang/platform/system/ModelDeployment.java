package cn.xinfang.platform.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN, DMN and forms of {@code processes/} and {@code forms/} at start. Resources are
 * named by their path inside those folders, not by where the checkout lies, so the same models
 * deployed from another machine or a packaged jar are recognised as unchanged and not versioned
 * again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelDeployment implements ApplicationRunner {

  static final String DEPLOYMENT_NAME = "信访流转平台流程模型";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  private static final String[] FOLDERS = {"processes/", "forms/"};

  private final RepositoryService repository;
  private final String[] patterns;

  ModelDeployment(RepositoryService repository, CamundaBpmProperties camunda) {
    this.repository = repository;
    this.patterns = camunda.getDeploymentResourcePattern();
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Map<String, Resource> models = models();
    DeploymentBuilder deployment =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("platform")
            .enableDuplicateFiltering(true);
    for (Map.Entry<String, Resource> model : models.entrySet()) {
      try (InputStream in = model.getValue().getInputStream()) {
        deployment.addInputStream(model.getKey(), in);
      }
    }
    deployment.deployWithResult();
    LOG.info("已部署流程模型与表单：{}", models.keySet());
  }

  /** Every model the resource patterns find, by its name relative to the classpath root. */
  Map<String, Resource> models() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> models = new TreeMap<>();
    for (String pattern : patterns) {
      for (Resource resource : resolver.getResources(pattern)) {
        models.put(relativeName(resource), resource);
      }
    }
    return models;
  }

  private static String relativeName(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int start = -1;
    for (String folder : FOLDERS) {
      start = Math.max(start, url.lastIndexOf("/" + folder));
    }
    if (start < 0) {
      throw new IllegalStateException("模型文件不在 processes/ 或 forms/ 目录下：" + url);
    }
    return url.substring(start + 1);
  }
}
