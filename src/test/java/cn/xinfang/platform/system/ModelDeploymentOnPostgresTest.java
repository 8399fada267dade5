package cn.xinfang.platform.system;

import cn.xinfang.platform.support.PostgresPlatformTest;

@PostgresPlatformTest
class ModelDeploymentOnPostgresTest extends AbstractModelDeploymentTest {

  @Override
  String expectedDatabase() {
    return "PostgreSQL";
  }
}
