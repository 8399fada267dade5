package cn.xinfang.platform.security;

import cn.xinfang.platform.support.PostgresPlatformTest;

@PostgresPlatformTest
class RestApiSecurityOnPostgresTest extends AbstractRestApiSecurityTest {}
