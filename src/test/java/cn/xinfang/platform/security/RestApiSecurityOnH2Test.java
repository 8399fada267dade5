package cn.xinfang.platform.security;

import cn.xinfang.platform.support.PlatformTest;

@PlatformTest
class RestApiSecurityOnH2Test extends AbstractRestApiSecurityTest {}
