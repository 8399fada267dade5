package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The platform starts and deploys everything in processes/ and forms/, on each database. */
abstract class AbstractModelDeploymentTest {

  @Autowired RepositoryService repository;
  @Autowired ModelDeployment modelDeployment;
  @Autowired javax.sql.DataSource dataSource;

  /** The database the platform runs on, as its JDBC driver names it. */
  abstract String expectedDatabase();

  @Test
  void thePlatformRunsOnTheExpectedDatabase() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
    }
  }

  @Test
  void everyModelAndFormInTheCheckoutIsDeployed() throws IOException {
    Deployment deployment = latestPlatformDeployment();
    List<String> deployed =
        repository.getDeploymentResources(deployment.getId()).stream()
            .map(Resource::getName)
            .sorted()
            .toList();

    assertThat(deployed).isEqualTo(filesUnder("processes", "forms")).isNotEmpty();
  }

  @Test
  void everyExecutableProcessInTheCheckoutIsAProcessDefinition() throws IOException {
    for (String file : filesUnder("processes")) {
      if (!file.endsWith(".bpmn")) {
        continue;
      }
      for (Process process :
          Bpmn.readModelFromFile(Path.of(file).toFile()).getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          assertThat(
                  repository
                      .createProcessDefinitionQuery()
                      .processDefinitionKey(process.getId())
                      .latestVersion()
                      .singleResult())
              .as("process %s of %s", process.getId(), file)
              .isNotNull();
        }
      }
    }
  }

  @Test
  void aRestartWithUnchangedModelsDeploysNothingNew() throws Exception {
    long before = repository.createDeploymentQuery().count();

    modelDeployment.run(new DefaultApplicationArguments());

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  private Deployment latestPlatformDeployment() {
    return repository
        .createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME)
        .orderByDeploymentTime()
        .desc()
        .list()
        .get(0);
  }

  private static List<String> filesUnder(String... folders) throws IOException {
    Stream<String> all = Stream.empty();
    for (String folder : folders) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        List<String> names =
            files
                .filter(Files::isRegularFile)
                .map(p -> p.toString().replace('\\', '/'))
                .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
                .toList();
        all = Stream.concat(all, names.stream());
      }
    }
    return all.sorted().toList();
  }
}
