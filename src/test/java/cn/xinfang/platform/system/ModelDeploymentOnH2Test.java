package cn.xinfang.platform.system;

import cn.xinfang.platform.support.PlatformTest;

@PlatformTest
class ModelDeploymentOnH2Test extends AbstractModelDeploymentTest {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
